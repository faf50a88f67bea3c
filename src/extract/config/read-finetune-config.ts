/**
 * Fine-tuning configs → facts (SIGNATURES.md: where each toolchain keeps its base model, training data,
 * evaluation split and objective). Every fact points at the key that states it.
 *
 * `training.evalSet` follows SPEC §6.3: a held-out set, a validation split or an evaluation suite defined for the
 * fine-tune (`val_set_size` > 0, `validation_file`, `val_size`, `eval_dataset`, `dataset_val`,
 * `validationDataConfig`, …). A key that is present but empty or zero states that there is none.
 */
import type { ConfigFacts } from './config-facts.js';
import { isTree, toNumber, type ConfigView } from './config-view.js';
import { VERTEX_MODEL_KEYS, VERTEX_SPEC_KEYS } from './detect-config-format.js';
import { findFirstKey, findKey } from './find-key.js';

type Reader = (f: ConfigFacts, v: ConfigView) => void;

export function readFinetuneConfig(format: string, f: ConfigFacts): void {
  const reader = READERS[format] ?? readGeneric;
  reader(f, f.view);
  if (f.anchorKey === undefined) f.anchorKey = Object.keys(f.view.data)[0];
  if (!('uses.fineTuning' in f.facts)) f.set('uses.fineTuning', true, f.anchorKey);
  if (!('approach' in f.facts)) f.set('approach', 'fine-tuning', f.anchorKey);
}

const READERS: Record<string, Reader> = {
  axolotl: readAxolotl,
  'llama-factory': readLlamaFactory,
  torchtune: readTorchtune,
  trl: readTrl,
  autotrain: readAutoTrain,
  'peft-adapter': (f) => {
    f.anchorKey = f.view.first('base_model_name_or_path', 'peft_type');
  },
  'openai-finetune-job': readOpenAiJob,
  'bedrock-customization': readBedrock,
  'vertex-tuning': readVertex,
  'generic-finetune': readGeneric,
};

function approach(f: ConfigFacts, cpt: boolean, cptKey: string | undefined): void {
  f.set('uses.fineTuning', true, f.anchorKey);
  if (cpt) f.set('approach', 'continued-pretraining', cptKey ?? f.anchorKey);
  else f.set('approach', 'fine-tuning', f.anchorKey);
}

/** `training.evalSet` from a key whose value is a fraction/count (> 0) or a file/dataset (non-empty). */
function evalFrom(f: ConfigFacts, key: string | undefined): boolean {
  if (key === undefined || !f.view.has(key)) return false;
  const value = f.view.get(key);
  const n = toNumber(value);
  const defined = n !== undefined ? n > 0 : f.view.isSet(key) && value !== false && !(isTree(value) && Object.keys(value).length === 0);
  f.set('training.evalSet', defined, key);
  return true;
}

function readAxolotl(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = 'base_model';
  const datasets = v.list('datasets');
  const rawText = (t: unknown) => /^(?:completion|pretrain)$/i.test(String(t));
  const cptKey = v.isSet('pretraining_dataset')
    ? 'pretraining_dataset'
    : datasets.length > 0 && datasets.every((d) => isTree(d) && rawText(d.type))
      ? 'datasets.0.type'
      : undefined;
  approach(f, cptKey !== undefined, cptKey);
  if (v.isSet('test_datasets')) f.set('training.evalSet', true, 'test_datasets');
  else evalFrom(f, v.has('val_set_size') ? 'val_set_size' : undefined);
  datasets.forEach((d, i) => axolotlDataset(f, `datasets.${i}`, d, 'train'));
  v.list('test_datasets').forEach((d, i) => axolotlDataset(f, `test_datasets.${i}`, d, 'validation'));
  const pre = v.get('pretraining_dataset');
  (Array.isArray(pre) ? pre : pre ? [pre] : []).forEach((d, i) =>
    axolotlDataset(f, Array.isArray(pre) ? `pretraining_dataset.${i}` : 'pretraining_dataset', d, 'train'),
  );
}

function axolotlDataset(f: ConfigFacts, key: string, d: unknown, role: 'train' | 'validation'): void {
  if (typeof d === 'string') return f.dataset(key, role, [d]);
  if (!isTree(d)) return;
  const files = d.data_files;
  const list = Array.isArray(files) ? files.map(String) : typeof files === 'string' ? [files] : [];
  const path = typeof d.path === 'string' ? d.path : undefined;
  if (list.length)
    list.forEach((file, i) =>
      f.dataset(`${key}.data_files${Array.isArray(files) ? `.${i}` : ''}`, role, [file, ...(path ? [`${path}/${file}`] : [])]),
    );
  else if (path) f.dataset(`${key}.path`, role, [path]);
}

function readLlamaFactory(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = v.first('model_name_or_path', 'model', 'stage');
  const pt = v.str('stage') === 'pt';
  approach(f, pt, 'stage');
  if (v.isSet('eval_dataset')) f.set('training.evalSet', true, 'eval_dataset');
  else evalFrom(f, v.has('val_size') ? 'val_size' : undefined);
  // Datasets are names registered in <dataset_dir>/dataset_info.json, whose file is usually <name>.json(l).
  const dir = (v.str('dataset_dir') ?? 'data').replace(/\/+$/, '');
  const names = (v.str('dataset') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) f.dataset('dataset', 'train', [`${dir}/${name}.jsonl`, `${dir}/${name}.json`, name], `dataset: ${name}`);
  // LLaMA-Factory v1 layout.
  if (v.has('train_dataset') && v.has('model_class')) f.anchorKey = 'model';
}

function readTorchtune(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = v.has('model._component_') ? 'model._component_' : v.first('model', 'checkpointer.checkpoint_dir');
  const datasets = Array.isArray(v.get('dataset')) ? v.list('dataset').map((_, i) => `dataset.${i}`) : ['dataset'];
  const cptKey = datasets.map((d) => `${d}._component_`).find((k) => /text_completion_dataset/.test(v.str(k) ?? ''));
  approach(f, cptKey !== undefined, cptKey);
  if (v.isSet('dataset_val')) f.set('training.evalSet', true, 'dataset_val');
  for (const d of [...datasets, 'dataset_val']) {
    const role = d === 'dataset_val' ? 'validation' : 'train';
    const files = v.get(`${d}.data_files`);
    if (typeof files === 'string') f.dataset(`${d}.data_files`, role, [files]);
    else if (Array.isArray(files)) files.forEach((file, i) => f.dataset(`${d}.data_files.${i}`, role, [String(file)]));
    else if (v.str(`${d}.source`) && /\.(jsonl?|csv|txt)$/i.test(v.str(`${d}.source`) ?? ''))
      f.dataset(`${d}.source`, role, [v.str(`${d}.source`) ?? '']);
  }
}

function readTrl(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = 'model_name_or_path';
  approach(f, false, undefined);
  const strategy = v.first('eval_strategy', 'evaluation_strategy');
  if (strategy && /^no$/i.test(v.str(strategy) ?? 'no')) f.set('training.evalSet', false, strategy);
  else if (strategy) f.set('training.evalSet', true, strategy);
  else if (v.has('do_eval')) f.set('training.evalSet', v.bool('do_eval') === true, 'do_eval');
  else if ((v.num('dataset_mixture.test_split_size') ?? 0) > 0) f.set('training.evalSet', true, 'dataset_mixture.test_split_size');
  else if (v.isSet('dataset_test_split')) f.set('training.evalSet', true, 'dataset_test_split');
  const name = v.str('dataset_name');
  if (name) f.dataset('dataset_name', 'train', [name]);
  v.list('dataset_mixture.datasets').forEach((d, i) => {
    if (isTree(d) && typeof d.id === 'string') f.dataset(`dataset_mixture.datasets.${i}.id`, 'train', [d.id]);
  });
}

function readAutoTrain(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = 'base_model';
  approach(f, false, undefined);
  evalFrom(f, v.has('data.valid_split') ? 'data.valid_split' : undefined);
  const dir = v.str('data.path');
  const split = (key: string, role: 'train' | 'validation') => {
    const name = v.str(key);
    if (dir && name) f.dataset(key, role, [`${dir}/${name}.jsonl`, `${dir}/${name}.csv`], `${key}: ${name} (in ${dir})`);
  };
  split('data.train_split', 'train');
  split('data.valid_split', 'validation');
}

function readOpenAiJob(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = 'model';
  approach(f, false, undefined);
  evalFrom(f, v.has('validation_file') ? 'validation_file' : undefined);
  const train = v.str('training_file');
  if (train) f.dataset('training_file', 'train', [train]);
  const val = v.str('validation_file');
  if (val) f.dataset('validation_file', 'validation', [val]);
}

function readBedrock(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = 'baseModelIdentifier';
  const type = v.str('customizationType');
  approach(f, type === 'CONTINUED_PRE_TRAINING', 'customizationType');
  const validators = v.list('validationDataConfig.validators');
  if (validators.length > 0) f.set('training.evalSet', true, 'validationDataConfig.validators');
  else if (v.has('validationDataConfig')) f.set('training.evalSet', false, 'validationDataConfig');
  else if (v.has('hyperParameters.evalPercentage')) evalFrom(f, 'hyperParameters.evalPercentage');
  const train = v.str('trainingDataConfig.s3Uri');
  if (train) f.dataset('trainingDataConfig.s3Uri', 'train', [train]);
}

function readVertex(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = v.first(...VERTEX_MODEL_KEYS);
  approach(f, false, undefined);
  const spec = v.first(...VERTEX_SPEC_KEYS) ?? '';
  const valKey = v.first(`${spec}.validationDatasetUri`, `${spec}.validation_dataset_uri`, 'evaluationConfig', 'evaluation_config');
  if (valKey) evalFrom(f, valKey);
  const train = v.first(`${spec}.trainingDatasetUri`, `${spec}.training_dataset_uri`);
  if (train) f.dataset(train, 'train', [v.str(train) ?? '']);
  if (valKey?.startsWith(spec) && v.str(valKey)) f.dataset(valKey, 'validation', [v.str(valKey) ?? '']);
}

const GENERIC_MODEL_KEYS = ['base_model', 'model_name_or_path', 'base_model_name', 'model_name', 'pretrained_model', 'model'];
const GENERIC_TRAIN_KEYS = [
  'train_file',
  'training_file',
  'train_data',
  'training_data',
  'train_dataset',
  'train_path',
  'dataset_path',
  'data_path',
  'train_jsonl',
];
const GENERIC_EVAL_KEYS = [
  'validation_file',
  'val_file',
  'valid_file',
  'eval_file',
  'validation_data',
  'eval_data',
  'eval_dataset',
  'validation_dataset',
  'val_set_size',
  'val_size',
  'validation_split',
  'eval_split',
  'test_size',
  'eval_ratio',
  'held_out',
  'holdout',
];
const CPT_WORDS = /continued[-_ ]?pre-?train|\bpre-?train(?:ing)?\b|^cpt$|^pt$/i;

function readGeneric(f: ConfigFacts, v: ConfigView): void {
  const data = v.data;
  f.anchorKey = findFirstKey(data, GENERIC_MODEL_KEYS, (x) => typeof x === 'string') ?? findFirstKey(data, GENERIC_MODEL_KEYS);
  const cptKey =
    findKey(data, ['continued_pretraining', 'continued_pre_training'], (x) => x === true) ??
    findKey(
      data,
      ['objective', 'task', 'stage', 'mode', 'method', 'training_type', 'type'],
      (x) => typeof x === 'string' && CPT_WORDS.test(x),
    );
  approach(f, cptKey !== undefined, cptKey);
  evalFrom(f, findFirstKey(data, GENERIC_EVAL_KEYS));
  for (const name of GENERIC_TRAIN_KEYS) {
    const key = findKey(data, [name], (x) => typeof x === 'string');
    if (key) f.dataset(key, 'train', [v.str(key) ?? '']);
  }
  for (const name of GENERIC_EVAL_KEYS.slice(0, 8)) {
    const key = findKey(data, [name], (x) => typeof x === 'string');
    if (key) f.dataset(key, 'validation', [v.str(key) ?? '']);
  }
}

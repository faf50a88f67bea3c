/**
 * Which toolchain a YAML/JSON/TOML document belongs to, by its key signature (the corpus's SIGNATURES.md and
 * the tools' own schemas). A document that is none of ours — an unknown YAML, a toolchain file that is neither a
 * training job nor a pipeline (an evaluation recipe, a server config, a dataset registry) — is ignored silently.
 */
import type { DocKind } from '../../facts/types.js';
import { isTree } from './config-view.js';
import { normaliseKey } from './find-key.js';

export interface ConfigFormat {
  kind: DocKind;
  format: string;
}

type Obj = Record<string, unknown>;

export const MANIFEST_FILE = /(?:^|\/)llm-architecture\.ya?ml$/i;
export const MANIFEST_KIND = 'llm-arch-manifest';

/**
 * Whether a config may be a manifest, from its path and raw text, before any parsing: a manifest is named
 * `llm-architecture.yml` or says `kind: llm-arch-manifest` (detectConfigFormat decides on the parsed data).
 */
export function mayBeManifest(path: string, text: string): boolean {
  return MANIFEST_FILE.test(path) || text.includes(MANIFEST_KIND);
}

const has = (o: Obj, ...keys: string[]) => keys.every((k) => k in o);
const hasAny = (o: Obj, ...keys: string[]) => keys.some((k) => k in o);
const tree = (v: unknown): Obj | undefined => (isTree(v) ? v : undefined);

export function detectConfigFormat(data: unknown, path: string): ConfigFormat | undefined {
  if (!isTree(data)) return undefined;
  const o = data;
  const ft = (format: string): ConfigFormat => ({ kind: 'finetune-config', format });
  const rag = (format: string): ConfigFormat => ({ kind: 'rag-config', format });

  if (MANIFEST_FILE.test(path) || o.kind === MANIFEST_KIND) return { kind: 'manifest', format: 'llm-arch-manifest' };

  // Fine-tuning toolchains, most specific signature first.
  if (isAutoTrain(o)) return ft('autotrain');
  if (isLlamaFactory(o)) return isTrainingJob(o) ? ft('llama-factory') : undefined;
  if (isLlamaFactoryV1(o)) return ft('llama-factory');
  if (isTorchtune(o)) return tree(o.dataset)?._component_ !== undefined ? ft('torchtune') : undefined;
  if (isAxolotl(o)) return ft('axolotl');
  if (isVertexTuning(o)) return ft('vertex-tuning');
  if (isBedrockCustomization(o)) return ft('bedrock-customization');
  if (has(o, 'training_file', 'model') && (typeof o.training_file === 'string' || o.training_file === null))
    return ft('openai-finetune-job');
  if (has(o, 'peft_type') && hasAny(o, 'base_model_name_or_path', 'task_type', 'r')) return ft('peft-adapter');
  if (isTrl(o)) return ft('trl');

  // RAG pipelines: recognised by their layout, kept only when they actually retrieve or index documents.
  const haystack = haystackComponents(o);
  if (haystack) return haystack.some((c) => HAYSTACK_RAG.test(componentType(c))) ? rag('haystack-pipeline') : undefined;
  if (isR2r(o)) return rag('r2r');
  const ragflow = ragflowComponents(o);
  if (ragflow) return ragflow.some(isRagflowRagComponent) ? rag('ragflow') : undefined;
  if (has(o, 'chunk_method') && isTree(o.parser_config)) return rag('ragflow');
  if (isDify(o)) return difyRetrieves(o) ? rag('dify') : undefined;
  if (isFlowise(o))
    return flowiseNodes(o).some((n) => FLOWISE_RAG_CATEGORY.test(n.category) || FLOWISE_RAG_NAME.test(n.name)) ? rag('flowise') : undefined;
  if (isPrivateGpt(o)) return rag('privategpt');

  // In-house configs whose keys plainly describe a fine-tuning run or a RAG pipeline (SPEC §5); never a
  // GitHub workflow or other repository metadata, which may mention such settings in passing.
  if (/(?:^|\/)\.github\//.test(path) || ('jobs' in o && 'on' in o)) return undefined;
  if (isGenericFinetune(o)) return ft('generic-finetune');
  if (isGenericRag(o)) return rag('generic-rag');
  return undefined;
}

function isAutoTrain(o: Obj): boolean {
  return typeof o.task === 'string' && 'base_model' in o && hasAny(o, 'data', 'params', 'project_name');
}

function isLlamaFactory(o: Obj): boolean {
  return has(o, 'stage', 'finetuning_type') || (has(o, 'model_name_or_path', 'stage') && hasAny(o, 'template', 'dataset', 'do_train'));
}

/** A LLaMA-Factory run trains when it names a dataset or sets do_train; prediction and evaluation runs do not. */
function isTrainingJob(o: Obj): boolean {
  if (o.do_train === true || o.do_train === 'true') return true;
  if (o.do_predict === true || o.do_eval === true) return 'dataset' in o && o.do_train !== false;
  return 'dataset' in o;
}

function isLlamaFactoryV1(o: Obj): boolean {
  return 'model' in o && 'model_class' in o && hasAny(o, 'train_dataset', 'peft_config');
}

function isTorchtune(o: Obj): boolean {
  let components = 0;
  for (const v of Object.values(o)) {
    const c = tree(v)?._component_;
    if (typeof c === 'string' && c.startsWith('torchtune.')) components++;
  }
  return components >= 2;
}

function isAxolotl(o: Obj): boolean {
  if (!('base_model' in o)) return false;
  if ('pretraining_dataset' in o) return true;
  const datasets = o.datasets;
  return Array.isArray(datasets) && datasets.some((d) => isTree(d) && ('path' in d || 'type' in d));
}

/** A Vertex AI tuning job's model and tuning-spec keys (both spellings the API accepts); the reader uses them too. */
export const VERTEX_MODEL_KEYS = ['baseModel', 'base_model', 'sourceModel', 'source_model'] as const;
export const VERTEX_SPEC_KEYS = [
  'supervisedTuningSpec',
  'supervised_tuning_spec',
  'preferenceOptimizationSpec',
  'preference_optimization_spec',
  'distillationSpec',
  'distillation_spec',
] as const;

function isVertexTuning(o: Obj): boolean {
  return hasAny(o, ...VERTEX_MODEL_KEYS) && hasAny(o, ...VERTEX_SPEC_KEYS);
}

function isBedrockCustomization(o: Obj): boolean {
  return 'baseModelIdentifier' in o && hasAny(o, 'customizationType', 'trainingDataConfig', 'customModelName');
}

function isTrl(o: Obj): boolean {
  return 'model_name_or_path' in o && hasAny(o, 'dataset_name', 'dataset_mixture', 'datasets') && !hasAny(o, 'stage', 'finetuning_type');
}

// Haystack 2.x: `components` is a map of {type, init_parameters}; `connections` a list of {sender, receiver}.
const HAYSTACK_RAG =
  /retriever|documentstore|document_store|embedder|ranker|splitter|chunker|documentwriter|document_writer|fetcher|converter|preprocessor|cleaner|websearch/i;

function haystackComponents(o: Obj): Obj[] | undefined {
  // Haystack 1.x: `components` is a list of {name, type, params}, wired by `pipelines`.
  if (Array.isArray(o.components) && Array.isArray(o.pipelines)) {
    const list = o.components.filter(isTree);
    return list.length > 0 && list.every((c) => typeof c.type === 'string') ? list : undefined;
  }
  const components = tree(o.components);
  if (!components || !Array.isArray(o.connections)) return undefined;
  const list = Object.values(components).filter(isTree);
  return list.length > 0 && list.every((c) => typeof c.type === 'string') ? list : undefined;
}

export function componentType(c: Obj): string {
  return typeof c.type === 'string' ? c.type : '';
}

function isR2r(o: Obj): boolean {
  const embedding = tree(o.embedding);
  if (!embedding) return false;
  if (isTree(o.app) && ('base_model' in embedding || 'provider' in embedding)) return true;
  return isTree(o.ingestion) && isTree(o.completion);
}

// RAGFlow agent and ingestion DSL: components keyed "Name:Id", each {obj: {component_name, params}}.
function ragflowComponents(o: Obj): Obj[] | undefined {
  const components = tree(tree(o.dsl)?.components) ?? tree(o.components);
  if (!components) return undefined;
  const list = Object.values(components).filter(isTree);
  if (list.length === 0 || !list.every((c) => typeof tree(c.obj)?.component_name === 'string')) return undefined;
  return list;
}

const RAGFLOW_RAG = /^(?:retrieval|tokenchunker|chunker|splitter|titlechunker|hierarchicalmerger|tokenizer|parser)$/i;

export function isRagflowRagComponent(c: Obj): boolean {
  const obj = tree(c.obj);
  if (RAGFLOW_RAG.test(String(obj?.component_name))) return true;
  const tools = tree(obj?.params)?.tools;
  return Array.isArray(tools) && tools.some((t) => isTree(t) && /^retrieval$/i.test(String(t.component_name)));
}

function isDify(o: Obj): boolean {
  return o.kind === 'app' && 'version' in o && isTree(o.app) && hasAny(o, 'workflow', 'model_config');
}

export function difyNodes(o: Obj): Obj[] {
  const nodes = tree(tree(o.workflow)?.graph)?.nodes;
  return Array.isArray(nodes) ? nodes.filter(isTree) : [];
}

function difyRetrieves(o: Obj): boolean {
  if (difyNodes(o).some((n) => tree(n.data)?.type === 'knowledge-retrieval')) return true;
  const datasets = tree(tree(tree(o.model_config)?.dataset_configs)?.datasets)?.datasets;
  return Array.isArray(datasets) && datasets.length > 0;
}

function isFlowise(o: Obj): boolean {
  return Array.isArray(o.nodes) && Array.isArray(o.edges) && o.nodes.some((n) => isTree(n) && isTree(n.data) && 'category' in n.data);
}

export interface FlowiseNode {
  name: string;
  category: string;
  inputs: Obj;
  index: number;
}

export function flowiseNodes(o: Obj): FlowiseNode[] {
  const nodes = Array.isArray(o.nodes) ? o.nodes : [];
  const out: FlowiseNode[] = [];
  nodes.forEach((n, index) => {
    const data = isTree(n) ? tree(n.data) : undefined;
    if (data) out.push({ name: String(data.name ?? ''), category: String(data.category ?? ''), inputs: tree(data.inputs) ?? {}, index });
  });
  return out;
}

const FLOWISE_RAG_CATEGORY = /^(?:vector stores|retrievers|document loaders|text splitters|embeddings)$/i;
const FLOWISE_RAG_NAME = /retriev|vectorstore|rag/i;

function isPrivateGpt(o: Obj): boolean {
  if (!isTree(o.server)) return false;
  const llm = tree(o.llm);
  const embedding = tree(o.embedding);
  const vectorstore = tree(o.vectorstore);
  return (
    (llm !== undefined && 'mode' in llm) ||
    (embedding !== undefined && 'mode' in embedding) ||
    (vectorstore !== undefined && 'database' in vectorstore) ||
    (isTree(o.retrieval) && isTree(o.chat))
  );
}

// ---- In-house configs --------------------------------------------------------------------------------------

const FINETUNE_KEYS = new Set([
  'base_model',
  'model_name_or_path',
  'learning_rate',
  'lr',
  'epochs',
  'num_epochs',
  'num_train_epochs',
  'n_epochs',
  'lora_r',
  'lora_rank',
  'lora_alpha',
  'lora_dropout',
  'train_file',
  'training_file',
  'train_data',
  'training_data',
  'train_dataset',
  'train_path',
  'adapter',
  'peft',
  'warmup_steps',
  'warmup_ratio',
  'gradient_accumulation_steps',
  'micro_batch_size',
  'per_device_train_batch_size',
  'max_seq_length',
  'validation_file',
  'eval_file',
]);
/** Marks a run as training a language model rather than, say, an image classifier. */
const LLM_TRAINING_MARKERS = new Set(['base_model', 'model_name_or_path', 'lora_r', 'lora_rank', 'lora_alpha', 'peft', 'adapter']);
const LLM_MODEL_NAME =
  /\b(?:llama|mistral|mixtral|gpt-?[345o]|gemma|qwen|phi-?\d|falcon|t5|flan|bloom|opt-\d|pythia|deepseek|yi-|command-r|claude|olmo|smollm|granite|starcoder|codellama|tinyllama)/i;

const RAG_STRONG = new Set([
  'chunk_size',
  'chunk_overlap',
  'chunking',
  'chunking_strategy',
  'chunk_strategy',
  'chunker',
  'splitter',
  'text_splitter',
  'embedding_model',
  'embeddings_model',
  'embed_model',
  'embedder',
  'vector_store',
  'vectorstore',
  'vector_db',
  'vectordb',
  'vector_database',
  'retriever',
  'retrieval',
  'reranker',
  'rerank_model',
  'similarity_top_k',
  'knowledge_base',
]);
const RAG_WEAK = new Set([
  'top_k',
  'index_name',
  'collection_name',
  'embedding_dim',
  'score_threshold',
  'similarity_threshold',
  'hybrid_search',
  'documents_path',
]);

/** Keys (normalised: `chunkSize` = `chunk_size`) of the mappings down to `depth` levels, with string values for model-name checks. */
function collectKeys(o: Obj, depth = 3): { keys: Set<string>; strings: string[] } {
  const keys = new Set<string>();
  const strings: string[] = [];
  const walk = (node: unknown, level: number) => {
    if (level > depth) return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 50)) walk(item, level + 1);
      return;
    }
    if (!isTree(node)) {
      if (typeof node === 'string' && node.length < 200) strings.push(node);
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      keys.add(normaliseKey(k));
      walk(v, level + 1);
    }
  };
  walk(o, 0);
  return { keys, strings };
}

const normalised = (keys: Set<string>) => new Set([...keys].map(normaliseKey));
const FINETUNE = normalised(FINETUNE_KEYS);
const LLM_MARKERS = normalised(LLM_TRAINING_MARKERS);
const STRONG = normalised(RAG_STRONG);
const WEAK = normalised(RAG_WEAK);

export function isGenericFinetune(o: Obj): boolean {
  const { keys, strings } = collectKeys(o);
  const found = [...keys].filter((k) => FINETUNE.has(k));
  if (found.length < 3) return false;
  return found.some((k) => LLM_MARKERS.has(k)) || strings.some((s) => LLM_MODEL_NAME.test(s));
}

export function isGenericRag(o: Obj): boolean {
  const { keys } = collectKeys(o);
  const strong = [...keys].filter((k) => STRONG.has(k)).length;
  const weak = [...keys].filter((k) => WEAK.has(k)).length;
  return strong >= 2 || (strong >= 1 && weak >= 1);
}

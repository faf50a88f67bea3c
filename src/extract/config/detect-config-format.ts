/**
 * Which toolchain a YAML/JSON document belongs to, by its key signature
 * (see the corpus's SIGNATURES.md). Unknown documents are not ours and are ignored silently.
 */
import type { DocKind } from '../../facts/types.js';

export interface ConfigFormat {
  kind: DocKind;
  format: string;
}

type Obj = Record<string, unknown>;

const has = (o: Obj, ...keys: string[]) => keys.every((k) => k in o);
const count = (o: Obj, keys: readonly string[]) => keys.filter((k) => k in o).length;

const GENERIC_FINETUNE_KEYS = [
  'base_model',
  'learning_rate',
  'epochs',
  'num_epochs',
  'num_train_epochs',
  'lora_r',
  'lora_rank',
  'lora_alpha',
  'train_file',
  'training_file',
  'adapter',
  'warmup_steps',
  'gradient_accumulation_steps',
  'micro_batch_size',
] as const;
const GENERIC_RAG_KEYS = [
  'chunk_size',
  'chunk_overlap',
  'top_k',
  'embedding_model',
  'vector_store',
  'vectorstore',
  'retriever',
  'reranker',
  'similarity_top_k',
  'embedder',
  'index_name',
  'splitter',
] as const;

export function detectConfigFormat(data: unknown, path: string): ConfigFormat | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const o = data as Obj;
  const name = path.split('/').pop() ?? path;
  if (/^llm-architecture\.ya?ml$/i.test(name) || o.kind === 'llm-arch-manifest') return { kind: 'manifest', format: 'llm-arch-manifest' };
  if (has(o, 'base_model', 'datasets') || has(o, 'base_model', 'pretraining_dataset'))
    return { kind: 'finetune-config', format: 'axolotl' };
  if (has(o, 'stage', 'finetuning_type') || (has(o, 'model_name_or_path', 'template') && 'stage' in o))
    return { kind: 'finetune-config', format: 'llama-factory' };
  if (has(o, 'training_file', 'model')) return { kind: 'finetune-config', format: 'openai-finetune-job' };
  if (has(o, 'peft_type', 'base_model_name_or_path')) return { kind: 'finetune-config', format: 'peft-adapter' };
  if (has(o, 'customizationType', 'baseModelIdentifier')) return { kind: 'finetune-config', format: 'bedrock-customization' };
  if (has(o, 'baseModel', 'supervisedTuningSpec')) return { kind: 'finetune-config', format: 'vertex-tuning' };
  if (has(o, 'components', 'connections')) return { kind: 'rag-config', format: 'haystack-pipeline' };
  if (count(o, GENERIC_FINETUNE_KEYS) >= 3) return { kind: 'finetune-config', format: 'generic-finetune' };
  if (count(o, GENERIC_RAG_KEYS) >= 2) return { kind: 'rag-config', format: 'generic-rag' };
  return undefined;
}

/**
 * RAG pipeline configs → facts: retrieval is used, how documents are chunked (SPEC §6.3: fixed-size windows of
 * tokens, characters or words are naive; splitting by headings, sentences, records, recursive or semantic
 * splitters is not), the overlap, whether retrieval quality is evaluated, and where reranking and top-k are set.
 */
import type { ConfigFacts } from './config-facts.js';
import { isTree, toBoolean, toNumber, type ConfigView } from './config-view.js';
import { componentType, difyNodes, flowiseNodes, isRagflowRagComponent } from './detect-config-format.js';
import { findFirstKey, findKey } from './find-key.js';

type Chunking = 'fixed' | 'recursive' | 'semantic' | 'structure';
type Reader = (f: ConfigFacts, v: ConfigView) => void;

export function readRagConfig(format: string, f: ConfigFacts): void {
  (READERS[format] ?? readGeneric)(f, f.view);
  if (f.anchorKey === undefined) f.anchorKey = Object.keys(f.view.data)[0];
  f.set('uses.retrieval', true, f.anchorKey);
  f.set('approach', 'rag', f.anchorKey);
}

const READERS: Record<string, Reader> = {
  'haystack-pipeline': readHaystack,
  r2r: readR2r,
  ragflow: readRagflow,
  dify: readDify,
  flowise: readFlowise,
  privategpt: readPrivateGpt,
  'generic-rag': readGeneric,
};

/** A splitter's or strategy's name → the chunking it does. */
export function classifyChunking(name: string): Chunking | undefined {
  const s = name.toLowerCase();
  if (/recursive/.test(s)) return 'recursive';
  if (/semantic|embedding[-_ ]?based|by[-_]?similarity|similarity[-_]?based/.test(s)) return 'semantic';
  if (
    /markdown|header|heading|title|section|sentence|paragraph|passage|page|structur|html|clause|table|row|record|hierarch|layout|element|code|period|line|delimiter|by_title|by_page|^basic$/.test(
      s,
    )
  )
    return 'structure';
  if (/fixed|token|char|word|size|window|naive|simple|length/.test(s)) return 'fixed';
  return undefined;
}

function setChunking(f: ConfigFacts, value: Chunking | undefined, key: string, text?: string): void {
  if (value && !('rag.chunking' in f.facts)) f.set('rag.chunking', value, key, text);
}

function setOverlap(f: ConfigFacts, key: string | undefined, value?: number): void {
  if (key === undefined || 'rag.chunkOverlap' in f.facts) return;
  const n = value ?? f.view.num(key);
  if (n !== undefined) f.set('rag.chunkOverlap', n, key);
}

function setTopK(f: ConfigFacts, key: string | undefined): void {
  if (key === undefined || 'rag.topK' in f.facts) return;
  const n = f.view.num(key);
  if (n !== undefined && n > 0) f.set('rag.topK', n, key);
}

function setReranker(f: ConfigFacts, value: boolean, key: string): void {
  if (!('rag.reranker' in f.facts) || value) f.set('rag.reranker', value, key);
}

// ---- Haystack 2.x -----------------------------------------------------------------------------------------

function readHaystack(f: ConfigFacts, v: ConfigView): void {
  // Haystack 2.x keys components by name; 1.x lists them, with `params` for `init_parameters`.
  const v1 = Array.isArray(v.get('components'));
  const components = v1 ? Object.fromEntries(v.list('components').map((c, i) => [String(i), c])) : (v.obj('components') ?? {});
  const entries = Object.entries(components).filter((e): e is [string, Record<string, unknown>] => isTree(e[1]));
  const keyOf = (name: string) => `components.${name}`;
  const PARAMS = v1 ? 'params' : 'init_parameters';
  const find = (re: RegExp) => entries.find(([, c]) => re.test(componentType(c)));
  f.anchorKey = `${keyOf((find(/retriever/i) ?? find(/documentstore|document_store|writer/i) ?? find(/embedder/i) ?? entries[0])?.[0] ?? '')}.type`;
  for (const [name, c] of entries) {
    const type = componentType(c);
    const base = keyOf(name);
    const params = `${base}.${PARAMS}`;
    if (/splitter|chunker|(?:^|\.)PreProcessor$/i.test(type)) {
      // Haystack 1.x's PreProcessor splits by word and respects sentence boundaries unless told otherwise.
      const preprocessor = /^PreProcessor$/.test(type.split('.').pop() ?? '');
      const splitBy = v.str(`${params}.split_by`) ?? (preprocessor ? 'word' : undefined);
      let chunking = preprocessor ? undefined : classifyChunking(type.split('.').pop() ?? type);
      if (/^(?:DocumentSplitter|PreProcessor)$|DeepsetDocumentSplitter/.test(type.split('.').pop() ?? '') && splitBy) {
        chunking = classifyChunking(splitBy);
        const sentences =
          v.bool(`${params}.respect_sentence_boundary`) ?? v.bool(`${params}.split_respect_sentence_boundary`) ?? preprocessor;
        if (sentences) chunking = 'structure';
      }
      const key = splitBy ? `${params}.split_by` : `${base}.type`;
      setChunking(f, chunking, key);
      setOverlap(f, v.has(`${params}.split_overlap`) ? `${params}.split_overlap` : undefined);
    }
    if (/retriever/i.test(type)) setTopK(f, v.has(`${params}.top_k`) ? `${params}.top_k` : undefined);
    if (/ranker/i.test(type)) setReranker(f, true, `${base}.type`);
    if (/\.evaluators?\./i.test(type) || /Evaluator$/.test(type)) f.set('rag.evaluation', true, `${base}.type`);
  }
}

// ---- R2R (TOML) ------------------------------------------------------------------------------------------

function readR2r(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = v.first('embedding.base_model', 'embedding', 'app');
  const strategy = v.str('ingestion.chunking_strategy');
  if (strategy) setChunking(f, classifyChunking(strategy), 'ingestion.chunking_strategy');
  setOverlap(f, v.first('ingestion.chunk_overlap', 'ingestion.overlap'));
  const rerank = v.str('embedding.rerank_model');
  if (v.has('embedding.rerank_model')) setReranker(f, rerank !== undefined, 'embedding.rerank_model');
}

// ---- RAGFlow (agent / ingestion DSL, dataset API) -----------------------------------------------------------

function readRagflow(f: ConfigFacts, v: ConfigView): void {
  if (v.has('chunk_method')) {
    f.anchorKey = 'chunk_method';
    const method = v.str('chunk_method') ?? '';
    // RAGFlow's "naive" method splits at the delimiters (sentence ends by default), then merges up to a size.
    const delimiter = v.str('parser_config.delimiter');
    setChunking(
      f,
      method === 'naive' ? (delimiter === undefined || delimiter.trim() ? 'structure' : 'fixed') : 'structure',
      'chunk_method',
    );
    return;
  }
  const prefix = v.has('dsl.components') ? 'dsl.components' : 'components';
  const components = v.obj(prefix) ?? {};
  for (const [name, c] of Object.entries(components)) {
    if (!isTree(c) || !isTree(c.obj)) continue;
    const base = `${prefix}.${name}.obj`;
    const component = String(c.obj.component_name);
    const params = `${base}.params`;
    if (isRagflowRagComponent(c) && f.anchorKey === undefined) f.anchorKey = `${base}.component_name`;
    if (/^tokenchunker$/i.test(component)) {
      const delimiters = v.get(`${params}.delimiters`);
      const mode = v.str(`${params}.delimiter_mode`);
      const splitsAtDelimiters =
        (Array.isArray(delimiters) ? delimiters.length > 0 : typeof delimiters === 'string' && delimiters !== '') && mode !== 'token';
      setChunking(
        f,
        splitsAtDelimiters ? 'structure' : 'fixed',
        v.has(`${params}.chunk_token_size`) ? `${params}.chunk_token_size` : `${base}.component_name`,
      );
      const pct = v.num(`${params}.overlapped_percent`);
      const size = v.num(`${params}.chunk_token_size`);
      if (pct !== undefined)
        setOverlap(f, `${params}.overlapped_percent`, size !== undefined ? Math.round((size * pct) / (pct > 1 ? 100 : 1)) : pct);
    } else if (/^(?:titlechunker|hierarchicalmerger)$/i.test(component)) {
      setChunking(f, 'structure', `${base}.component_name`);
    }
    if (/^retrieval$/i.test(component)) readRagflowRetrieval(f, params);
    const tools = v.list(`${params}.tools`);
    tools.forEach((t, i) => {
      if (isTree(t) && /^retrieval$/i.test(String(t.component_name))) readRagflowRetrieval(f, `${params}.tools.${i}.params`);
    });
  }
}

function readRagflowRetrieval(f: ConfigFacts, params: string): void {
  const v = f.view;
  setTopK(f, v.has(`${params}.top_n`) ? `${params}.top_n` : undefined);
  if (v.has(`${params}.rerank_id`)) setReranker(f, v.isSet(`${params}.rerank_id`), `${params}.rerank_id`);
  if (f.anchorKey === undefined) f.anchorKey = params;
}

// ---- Dify app DSL ----------------------------------------------------------------------------------------

function readDify(f: ConfigFacts, v: ConfigView): void {
  const nodes = difyNodes(v.data);
  const all = v.list('workflow.graph.nodes');
  for (const node of nodes) {
    const index = all.indexOf(node);
    const data = `workflow.graph.nodes.${index}.data`;
    if (v.str(`${data}.type`) !== 'knowledge-retrieval') continue;
    if (f.anchorKey === undefined) f.anchorKey = `${data}.type`;
    setTopK(f, v.first(`${data}.multiple_retrieval_config.top_k`, `${data}.single_retrieval_config.top_k`));
    const enable = v.first(`${data}.multiple_retrieval_config.reranking_enable`);
    if (enable) setReranker(f, v.bool(enable) === true, enable);
    else if (v.isSet(`${data}.multiple_retrieval_config.reranking_model.model`))
      setReranker(f, true, `${data}.multiple_retrieval_config.reranking_model`);
  }
  if (f.anchorKey === undefined) f.anchorKey = v.first('model_config.dataset_configs', 'app.mode');
}

// ---- Flowise chatflow -------------------------------------------------------------------------------------

function readFlowise(f: ConfigFacts, v: ConfigView): void {
  for (const node of flowiseNodes(v.data)) {
    const base = `nodes.${node.index}.data`;
    if (/vector stores|retrievers/i.test(node.category) && f.anchorKey === undefined) f.anchorKey = `${base}.name`;
    if (/text splitters/i.test(node.category)) {
      const size = toNumber(node.inputs.chunkSize);
      setChunking(
        f,
        classifyChunking(node.name),
        `${base}.name`,
        `${base}.name: ${node.name}${size !== undefined ? ` (chunkSize ${size})` : ''}`,
      );
      if (toNumber(node.inputs.chunkOverlap) !== undefined) setOverlap(f, `${base}.inputs.chunkOverlap`);
    }
    if (/vector stores/i.test(node.category) && toNumber(node.inputs.topK) !== undefined) setTopK(f, `${base}.inputs.topK`);
    if (/rerank/i.test(node.name)) setReranker(f, true, `${base}.name`);
  }
  if (f.anchorKey === undefined) f.anchorKey = 'nodes';
}

// ---- privateGPT settings ------------------------------------------------------------------------------------

function readPrivateGpt(f: ConfigFacts, v: ConfigView): void {
  f.anchorKey = v.first('vectorstore.database', 'rag.similarity_top_k', 'retrieval.top_k', 'embedding.mode', 'llm.mode', 'server');
  setTopK(f, v.first('rag.similarity_top_k', 'retrieval.top_k'));
  if (v.has('rag.rerank.enabled')) setReranker(f, v.bool('rag.rerank.enabled') === true, 'rag.rerank.enabled');
  // privateGPT 0.x ingests with a hard-coded SentenceWindowNodeParser: sentence windows, never fixed-size.
  const ingest = v.first('embedding.ingest_mode', 'embedding.mode', 'vectorstore.database');
  if (ingest && v.has('llm.mode'))
    setChunking(f, 'structure', ingest, `${ingest}: ${v.str(ingest) ?? ''} (privateGPT splits documents into sentence windows)`);
}

// ---- In-house (generic-rag) ---------------------------------------------------------------------------------

const ANCHOR_KEYS = [
  'retriever',
  'retrieval',
  'vector_store',
  'vectorstore',
  'vector_db',
  'vectordb',
  'embedding_model',
  'embed_model',
  'embedder',
  'top_k',
  'similarity_top_k',
  'chunk_size',
];
const STRATEGY_KEYS = [
  'chunking_strategy',
  'chunk_strategy',
  'chunking',
  'chunker',
  'splitter',
  'text_splitter',
  'splitter_type',
  'split_by',
  'chunk_method',
];
const EVAL_KEYS = [
  'evaluation',
  'eval',
  'evals',
  'evaluator',
  'evaluators',
  'ragas',
  'retrieval_eval',
  'rag_eval',
  'eval_set',
  'golden_set',
  'benchmark',
];
const EVAL_METRIC =
  /recall@\d+|recall_at_\d+|recall_at_k|\bmrr\b|\bndcg\b|faithfulness|groundedness|answer_relevanc|context_precision|context_recall|hit_rate|answer_correctness/i;

function readGeneric(f: ConfigFacts, v: ConfigView): void {
  const data = v.data;
  f.anchorKey = findFirstKey(data, ANCHOR_KEYS);
  const strategyKey = findFirstKey(data, STRATEGY_KEYS, (x) => typeof x === 'string' || isTree(x));
  if (strategyKey) {
    const value = v.get(strategyKey);
    const name = isTree(value) ? String(value.strategy ?? value.type ?? value.method ?? value.name ?? value.splitter ?? '') : String(value);
    const inner = isTree(value) ? ['strategy', 'type', 'method', 'name', 'splitter'].find((k) => k in value) : undefined;
    setChunking(f, classifyChunking(name), inner ? `${strategyKey}.${inner}` : strategyKey);
  }
  const sizeKey = findKey(data, ['chunk_size', 'chunk_tokens', 'chunk_length', 'max_chunk_size'], (x) => toNumber(x) !== undefined);
  // A chunk size with no splitter or strategy named describes fixed-size windows.
  if (sizeKey && !('rag.chunking' in f.facts) && !strategyKey) setChunking(f, 'fixed', sizeKey);
  setOverlap(
    f,
    findKey(data, ['chunk_overlap', 'overlap', 'split_overlap', 'chunk_overlap_tokens'], (x) => toNumber(x) !== undefined),
  );
  setTopK(
    f,
    findFirstKey(data, ['top_k', 'similarity_top_k', 'k'], (x) => toNumber(x) !== undefined),
  );
  const rerank = findFirstKey(data, ['reranker', 'rerank_model', 'rerank', 'reranking']);
  if (rerank) {
    const r = v.get(rerank);
    const on = isTree(r) ? toBoolean(r.enabled) !== false : (toBoolean(r) ?? (typeof r === 'string' && r.trim() !== ''));
    setReranker(f, on, rerank);
  }
  const evalKey = findFirstKey(data, EVAL_KEYS, (x) => x !== null && x !== false && !(isTree(x) && toBoolean(x.enabled) === false));
  if (evalKey) f.set('rag.evaluation', true, evalKey);
  else {
    const metric = findMetric(data, '');
    if (metric) f.set('rag.evaluation', true, metric);
  }
}

/** The first key whose name or string value names a retrieval or answer-quality metric. */
function findMetric(node: unknown, prefix: string, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length && i < 50; i++) {
      const item = node[i];
      if (typeof item === 'string' && EVAL_METRIC.test(item)) return prefix;
      const found = findMetric(item, `${prefix}.${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isTree(node)) return undefined;
  for (const [k, v] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (EVAL_METRIC.test(k) || (typeof v === 'string' && EVAL_METRIC.test(v))) return path;
    const found = findMetric(v, path, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * One JSONL line of training data → its format and its texts: the input the model is given (system, user,
 * prompt) and the target it is trained to produce (assistant, completion, model turns). Pure and per line, so a
 * scanner can stream a file of any size through it.
 */

export const TRAINING_DATA_FORMATS = [
  'openai-chat-jsonl',
  'prompt-completion-jsonl',
  'vertex-contents-jsonl',
  'bedrock-conversation-jsonl',
  'sharegpt-jsonl',
  'text-corpus-jsonl',
] as const;

export type TrainingDataFormat = (typeof TRAINING_DATA_FORMATS)[number];

export interface Text {
  /** Who says it: system, user, assistant, prompt, completion, model, text. */
  role: string;
  text: string;
}

export interface Example {
  format: TrainingDataFormat;
  /** What the model reads: system and user turns, prompts, instructions. */
  input: Text[];
  /** What the model is trained to write: assistant and model turns, completions, preferred outputs. */
  target: Text[];
  /** Raw documents of a continued-pre-training corpus (no input/target split). */
  corpus: Text[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const TARGET_ROLES = /^(?:assistant|model|gpt|bot|chatbot|ai|completion)$/i;
const INPUT_ROLES = /^(?:system|developer|user|human|tool|function|ipython|observation|prompter)$/i;

export function readExample(value: unknown): Example | undefined {
  if (!isObj(value)) return undefined;
  if (typeof value.schemaVersion === 'string' && /^bedrock-conversation/i.test(value.schemaVersion)) return bedrock(value);
  if (Array.isArray(value.messages) && value.messages.length > 0 && value.messages.every(isObj)) {
    const first = value.messages[0] as Obj;
    // Bedrock's content blocks are `{text}`; OpenAI's content parts carry a `type`.
    const blocks = Array.isArray(first.content) ? first.content : undefined;
    if (blocks && (Array.isArray(value.system) || blocks.every((b) => isObj(b) && !('type' in b)))) return bedrock(value);
    if ('role' in first || 'content' in first) return openaiChat(value.messages as Obj[], []);
  }
  if (isObj(value.input) && Array.isArray(value.input.messages) && Array.isArray(value.preferred_output))
    return openaiChat(value.input.messages.filter(isObj), value.preferred_output.filter(isObj));
  if (Array.isArray(value.contents) && value.contents.length > 0 && value.contents.every((c) => isObj(c) && Array.isArray(c.parts)))
    return vertex(value);
  if (Array.isArray(value.conversations) && value.conversations.every((c) => isObj(c) && 'value' in c))
    return sharegpt(value.conversations as Obj[]);
  const pair = promptCompletion(value);
  if (pair) return pair;
  return textCorpus(value);
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v))
    return v
      .map((p) => (typeof p === 'string' ? p : isObj(p) && typeof p.text === 'string' ? p.text : ''))
      .filter(Boolean)
      .join('\n');
  return '';
}

function openaiChat(messages: Obj[], preferred: Obj[]): Example {
  const ex: Example = { format: 'openai-chat-jsonl', input: [], target: [], corpus: [] };
  for (const m of messages) {
    const role = String(m.role ?? 'user');
    const t = text(m.content);
    if (!t) continue;
    // OpenAI: an assistant message with weight 0 is context, not trained on.
    if (TARGET_ROLES.test(role) && m.weight !== 0) ex.target.push({ role, text: t });
    else ex.input.push({ role, text: t });
  }
  for (const m of preferred) {
    const t = text(m.content);
    if (t) ex.target.push({ role: 'preferred_output', text: t });
  }
  return ex;
}

function bedrock(value: Obj): Example {
  const ex: Example = { format: 'bedrock-conversation-jsonl', input: [], target: [], corpus: [] };
  const system = text(value.system);
  if (system) ex.input.push({ role: 'system', text: system });
  for (const m of Array.isArray(value.messages) ? value.messages : []) {
    if (!isObj(m)) continue;
    const role = String(m.role ?? 'user');
    const t = text(m.content);
    if (!t) continue;
    (TARGET_ROLES.test(role) ? ex.target : ex.input).push({ role, text: t });
  }
  return ex;
}

function vertex(value: Obj): Example {
  const ex: Example = { format: 'vertex-contents-jsonl', input: [], target: [], corpus: [] };
  const system = isObj(value.systemInstruction) ? text(value.systemInstruction.parts) : '';
  if (system) ex.input.push({ role: 'system', text: system });
  (value.contents as Obj[]).forEach((c, i) => {
    // Without roles, turns alternate user, model, user, …
    const role = typeof c.role === 'string' ? c.role : i % 2 === 0 ? 'user' : 'model';
    const t = text(c.parts);
    if (t) (TARGET_ROLES.test(role) ? ex.target : ex.input).push({ role, text: t });
  });
  return ex;
}

function sharegpt(turns: Obj[]): Example {
  const ex: Example = { format: 'sharegpt-jsonl', input: [], target: [], corpus: [] };
  for (const t of turns) {
    const role = String(t.from ?? t.role ?? 'human');
    const v = text(t.value);
    if (v) (TARGET_ROLES.test(role) && !INPUT_ROLES.test(role) ? ex.target : ex.input).push({ role, text: v });
  }
  return ex;
}

/** Prompt/completion pairs under their usual names (OpenAI legacy, Bedrock, PaLM, Alpaca, QA sets). */
const PAIRS: [input: string[], target: string][] = [
  [['prompt'], 'completion'],
  [['input_text'], 'output_text'],
  [['instruction', 'input'], 'output'],
  [['question', 'context'], 'answer'],
  [['input'], 'output'],
  [['prompt'], 'response'],
  [['query'], 'response'],
];

function promptCompletion(value: Obj): Example | undefined {
  for (const [inputs, target] of PAIRS) {
    if (typeof value[inputs[0] ?? ''] !== 'string' || typeof value[target] !== 'string') continue;
    const ex: Example = { format: 'prompt-completion-jsonl', input: [], target: [], corpus: [] };
    for (const key of inputs) if (typeof value[key] === 'string' && value[key]) ex.input.push({ role: key, text: value[key] });
    if (typeof value.system === 'string' && value.system) ex.input.push({ role: 'system', text: value.system });
    if (value[target]) ex.target.push({ role: target, text: value[target] as string });
    return ex;
  }
  return undefined;
}

/** Keys that may sit beside a corpus document's text (ids, provenance). */
const CORPUS_META = new Set([
  'id',
  'meta',
  'metadata',
  'source',
  'url',
  'title',
  'lang',
  'language',
  'timestamp',
  'date',
  'created',
  'doc_id',
]);

/** A continued-pre-training corpus: `{"text": …}` per line (axolotl, LLaMA-Factory, torchtune), or Bedrock's `{"input": …}`. */
function textCorpus(value: Obj): Example | undefined {
  const keys = Object.keys(value);
  const bodyKey = typeof value.text === 'string' ? 'text' : keys.length === 1 && typeof value.input === 'string' ? 'input' : undefined;
  if (!bodyKey || !keys.every((k) => k === bodyKey || CORPUS_META.has(k))) return undefined;
  return { format: 'text-corpus-jsonl', input: [], target: [], corpus: [{ role: bodyKey, text: value[bodyKey] as string }] };
}

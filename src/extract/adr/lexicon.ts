/**
 * Vocabulary of the decision framework as it appears in prose. Patterns are flat alternations
 * (no nested quantifiers) so matching stays linear in the text's length.
 */
import { gated, mayMatch, test, textOf, type Text } from './keyword-gate.js';

/** Training weights: fine-tuning, adapters, continued pre-training. */
export const FINETUNE = gated(
  /\b(?:fine[- ]?tun(?:e|es|ed|ing|ning)|finetun\w*|model retraining|re-?train(?:s|ed|ing)? (?:the |our |a )?(?:model|LLM|BERT|classifier)s?\b|training (?:data|dataset|pairs|examples)\b|adapters? (?:per|for each|trained)\b|(?:LoRA|SFT|PEFT|fine-tuned|shared|separate|dedicated|one) adapters?\b|(?:Q?LoRA|PEFT|SFT|DPO|RLHF)\b|FT\b|supervised fine|instruction[- ]tun\w*|continued[- ]pre-?train\w*|continue[- ]pre-?train\w*|domain[- ]adaptive pre-?train\w*|train(?:ing)? (?:a |an |our |the |its )?(?:own |custom |small |smaller |dedicated )?(?:model|LLM|adapter)s?\b|custom[- ]trained|adapter (?:training|tuning))/gi,
);

/** Fine-tuning whose target is a retrieval component: tuning of retrieval, not of the generator. */
export const RETRIEVAL_COMPONENT =
  /\b(?:embedding|embedder|embeddings|re-?rank\w*|cross[- ]encoder|bi[- ]encoder|retriever|sentence[- ]transformer)/i;

export const CONTINUED_PRETRAINING = /\b(?:continued[- ]pre-?train\w*|continue[- ]pre-?train\w*|domain[- ]adaptive pre-?train\w*)/i;

/** Retrieving knowledge at query time, including putting the relevant documents into the prompt. */
export const RETRIEVAL = gated(
  /\b(?:RAG\b|retrieval[- ]augment\w*|retrieval|retriever|BM25|dense (?:retrieval|vectors?|embeddings?|index)|embeddings?\b|embedding models?|re-?rank\w*|chunk(?:s|ing|ed)?\b|retrieve[sd]?\b|vector ?(?:db|database|store|index|search)s?\b|vectorstore|semantic search|hybrid search|similarity search|knowledge base|document store|search index|grounded (?:on|in) (?:the |our )?(?:documents|sources|corpus|knowledge)|pgvector|pinecone|weaviate|qdrant|milvus|faiss|chroma(?:db)?\b|opensearch|elasticsearch|llama-?index|haystack|(?:inject|include|insert|pass|put|add|supply|stuff|load|plac)\w* (?:the )?[ \w'-]{0,48}?(?:documents|passages|chunks|sections|pages|excerpts|clauses|records) (?:in|into) (?:the |a |an )?[ \w'-]{0,48}?(?:prompt|context(?: window)?)\b|(?:documents|passages|chunks|sections|pages|excerpts|clauses|records)\b[^.;]{0,60}?\b(?:placed|put|inserted|included|injected|loaded|added|passed|supplied) (?:in|into) (?:the |a |an )?[ \w'-]{0,48}?(?:prompt|context)\b|re-?embed\w*|re-?index\w*|index is (?:refreshed|rebuilt|updated))/gi,
);

export const PROMPTING = gated(
  /\b(?:prompt engineering|prompting|prompts?\b|few[- ]shot|zero[- ]shot|system prompt|prompt template|in-context learning|off[- ]the[- ]shelf (?:model|LLM))/gi,
);

/**
 * "40,000 contracts", "3k labelled pairs": a count of something in `units` (an alternation), with the scales the
 * number may carry. `count` captures the number, its scale and the words between it and the unit (global, for
 * several counts in a sentence). Every match ends in a unit, and the word pre-filter passes any sentence with a
 * number in it, where `count` then tries its lazy qualifier from every number: `unit`, a plain search for a unit,
 * is several times cheaper on the sentences (nine in ten) that have a number and no unit, so it is asked first.
 */
export function countOf(units: string, scales: string): { count: RegExp; unit: RegExp } {
  return {
    count: gated(
      new RegExp(String.raw`(?:^|[^\w.,])(\d{1,3}(?:,\d\d\d)+|\d+(?:\.\d+)?)\s*(${scales})?\s+([ \w-]{0,48}?)(?:${units})\b`, 'g'),
    ),
    unit: new RegExp(String.raw`(?:${units})\b`),
  };
}

/** Words that make a document about an LLM system on their own. */
export const LLM_STRONG = gated(
  /\b(?:LLMs?|large language models?|language models?|BERT|RoBERTa|GPT[- ]?\d\w*|ChatGPT|Claude|Llama[- ]?\d*|Mistral|Mixtral|Gemini|Gemma|Qwen|Phi-\d|OpenAI|Anthropic|Bedrock|Vertex AI|Azure OpenAI|RAG\b|retrieval[- ]augment\w*|embedding models?|vector ?(?:db|database|store|index|search)s?\b|vectorstore|Q?LoRA\b|PEFT\b|SFT\b|prompt engineering|system prompt|few[- ]shot|foundation models?|generative AI|GenAI|chatbot|frontier models?|fine-tuned (?:model|LLM)|instruction[- ]tun\w*|pgvector|pinecone|weaviate|qdrant|chroma(?:db)?\b|llama-?index|langchain|hallucinat\w* (?:rate|facts|answers|citations|references)|(?:instruction|static|the model's) prompt|fine[- ]?tun\w* (?:a |an |the |our |its )?[ \w-]{0,32}?(?:LLM|assistant|chatbot|copilot|adapter)s?|\d+(?:\.\d+)?[Bb][- ](?:model|parameter|instruct)\w*|(?:open|open-weights?|open-source|instruct|chat) models?)/i,
);

/** Words that suggest an LLM system; two different ones are needed ("context window" alone is a video buffer). */
export const LLM_WEAK = gated(
  /\b(?:tokeni[sz](?:e|er|ed|ing)|T5\b|NLP models?|transformer models?|embeddings|copilot|tokens? per|context window|inference endpoint|base model|model weights|fine[- ]?tun\w* (?:a |an |the |our |its )?[ \w-]{0,32}?(?:LLM|model|base model|assistant|copilot|chatbot|bot|adapter)s?|long[- ]context|hosted (?:[\w-]+ )?models?|model(?:'s)? (?:outputs?|answers|responses|replies)|(?:chat|support|AI|virtual|coding|shopping|HR|sales|agent[- ]assist) (?:assistant|copilot|bot)|Q\/A pairs|question[- ]answer pairs|retrieval over|retrieved (?:passages|chunks|documents|records|context|snippets)|faithfulness|groundedness|retrieval pipeline|assistants?|prompts?\b|(?:retrieval|RAG|search) (?:bot|assistant|service)|embedd(?:ed|ing) (?:and|&) (?:searched|indexed|retrieved))/gi,
);

/** About an LLM system: one strong word, or two different weak ones. */
export function mentionsLlm(texts: readonly Text[]): boolean {
  const weak = new Set<string>();
  for (const item of texts) {
    if (test(LLM_STRONG, item)) return true;
    if (!mayMatch(item, LLM_WEAK)) continue;
    const text = textOf(item);
    LLM_WEAK.lastIndex = 0;
    for (let m = LLM_WEAK.exec(text); m; m = LLM_WEAK.exec(text)) weak.add(m[0].toLowerCase().slice(0, 6));
    if (weak.size >= 2) return true;
  }
  return false;
}

/** Words that end the scope of a choice: what follows is rationale or comparison, not the choice. */
export const NEGATION_BEFORE =
  /\b(?:not|no|never|without|instead of|rather than|against|avoid\w*|neglect\w*|reject\w*|rules? out|ruled out|discard\w*|abandon\w*|won't|don't|doesn't|isn't|aren't|cannot|can't|no need|unnecessary|forgo|forego|than|unlike|versus|vs\.?|over|because|since|compared (?:to|with)|alternative to|replace[sd]?|replacing|instead|drop\w*|remov\w*|retir\w*|decommission\w*|phas\w* out|stop using|stop relying on|beat\w*|outperform\w*|move away from|migrate away from)\b/i;

export const NEGATION_AFTER =
  /^[^.;:,()]{0,40}?\b(?:was|is|were|are|has been|have been|got|gets)?\s*(?:rejected|ruled out|discarded|dropped|abandoned|deferred|postponed|out of scope|not (?:chosen|selected|pursued|needed|required|used|adopted|an option|viable|worth|necessary|justified|suitable)|deemed|too (?:slow|costly|expensive|risky)|would|could|cannot|can't|does not|doesn't|do not|don't|will not|won't|is not|isn't|was not|wasn't|fails?|failed|lacks?|goes stale|go stale|freezes?|bakes?|(?:is|was) [ \w]{0,16}?(?:weak|poor|broken|unreliable|insufficient|the problem|the bottleneck))\b|^\s*\((?:rejected|not chosen|ruled out|discarded)|^\s*(?:numbers|baselines?|results|scores|metrics|figures)\b/i;

export const HYPOTHETICAL_BEFORE =
  /\b(?:if|unless|whether|may|might|could|would|should|eventually|in the future|future|revisit|reconsider|consider\w*|possibly|potentially|perhaps|later|next phase|phase 2|follow-up|not yet|option(?:ally)? to|evaluate whether|explore)\b/i;

export const PAST_BEFORE =
  /\b(?:previously|earlier|last (?:year|quarter|month|time)|in 20\d\d|tried|attempted|attempt|had (?:fine-?tuned|trained)|used to|originally|initially|experimented)\b/i;

/** A first-person or system statement of a choice. */
export const DECISION_VERB = gated(
  /\b(?:chosen option|we (?:have |hereby )?(?:decided|decide|chose|choose|selected|select|opt(?:ed)? for|adopt(?:ed)?|will|shall|'ll|are going to|go with|are going with|plan to|propose|recommend|use|build|implement)|we're|decided (?:for|to|on)|our approach|the approach is|(?:will|shall) (?:proceed|go ahead) with|proceed with option|go(?:es)? with option|opt(?:s|ed)? for|approves?|approved)\b|\bdecision\s*[:：]/i,
);

/** A generative model named as the thing a decision uses. */
export const LLM_MODEL = gated(
  /\b(?:LLMs?|large language models?|language models?|GPT[- ]?\d\w*|ChatGPT|Claude|Llama[- ]?\d*|Mistral|Mixtral|Gemini|Qwen|DeepSeek|Phi-\d|generative (?:AI|models?)|foundation models?|AI[- ]powered [ \w-]{0,48}?models?|hosted models?)\b/i,
);

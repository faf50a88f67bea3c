/**
 * Where LLM material lives (SPEC §6.3): a path naming fine-tuning, training, datasets, LoRA, RAG, retrieval,
 * prompts, LLMs or a known toolchain. An unparsable YAML, JSON, TOML or JSONL file there is a `parse-error`;
 * elsewhere it is somebody else's file and skipped silently. Short names count only as a path segment or word.
 */
export const LLM_PATH =
  /fine[-_ ]?tun|(?:^|[/_.-])(?:ft|sft|dpo|cpt|rag|llm|llms|lora|qlora|peft|trl|r2r|pgpt)(?=$|[/_.-])|(?:^|[^a-z])(?:pre-?)?train|pretrain|dataset|retriev|prompt|axolotl|llama[-_]?factory|torchtune|autotrain|haystack|ragflow|dify|flowise|private[-_]?gpt|embedding|vector|bedrock|vertex|openai/i;

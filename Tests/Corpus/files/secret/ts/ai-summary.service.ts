import Anthropic from '@anthropic-ai/sdk';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

const anthropicFallbackKey = 'sk-ant-api03-K4hC7R5bQbLV89bSaUd6vu6GEzljg9-_wO5cwPUM_IgNYdrBwWAcOXutRyPgqtNN2v_xPN1egEuxzlJM7teavcM0h2r7jAA';

@Injectable()
export class AiSummaryService {
  private readonly client: Anthropic;
  private readonly model = 'claude-sonnet-4-5';

  constructor(private readonly config: ConfigService) {
    this.client = new Anthropic({
      apiKey: this.config.get<string>('ANTHROPIC_API_KEY') ?? anthropicFallbackKey,
    });
  }

  async summarize(noteId: string, text: string): Promise<string> {
    const message = await this.client.messages.create({
      model: this.model,
      max_tokens: 512,
      messages: [{ role: 'user', content: `Summarize this de-identified note:\n${text}` }],
    });
    const block = message.content[0];
    return block.type === 'text' ? block.text : '';
  }
}

export const gitlabCiToken = 'glpat-IsJbuw4aR_-JbeLLX904';
export const npmPublishToken = process.env.NPM_TOKEN;
export const apiKeyPlaceholder = '<your-anthropic-api-key>';

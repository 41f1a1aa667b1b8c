import type { FormSpec, Skill } from '../skills/types';

/** Intent → skill and form name → form, built once in the engine's constructor. */
export class SkillRegistry {
  private readonly exact = new Map<string, Skill>();
  private readonly families: { prefix: string; skill: Skill }[] = [];
  private readonly forms = new Map<string, { form: FormSpec; skill: Skill }>();

  constructor(skills: readonly Skill[]) {
    for (const skill of skills) {
      for (const intent of skill.intents) {
        if (intent.endsWith('.*')) this.families.push({ prefix: intent.slice(0, -1), skill });
        else if (this.exact.has(intent)) throw new Error(`intent ${intent} is claimed by two skills`);
        else this.exact.set(intent, skill);
      }
      for (const form of skill.forms ?? []) {
        if (this.forms.has(form.name)) throw new Error(`form ${form.name} is declared twice`);
        this.forms.set(form.name, { form, skill });
      }
    }
  }

  skillFor(intent: string): Skill | undefined {
    return this.exact.get(intent) ?? this.families.find((f) => intent.startsWith(f.prefix))?.skill;
  }

  form(name: string): FormSpec | undefined {
    return this.forms.get(name)?.form;
  }

  /** The skill that owns a form: its intents count as answers to the form, not digressions. */
  formOwner(name: string): Skill | undefined {
    return this.forms.get(name)?.skill;
  }

  intents(): string[] {
    return [...this.exact.keys(), ...this.families.map((f) => `${f.prefix}*`)];
  }
}

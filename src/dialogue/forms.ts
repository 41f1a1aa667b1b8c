/**
 * Slot filling. A form is a list of slots; each turn the runner takes whatever slot values the message
 * carries (several at once: "order 10234, email ann@example.com"), validates them in declaration order,
 * then asks for the first missing one — or submits. Bad answers get a hint; after `maxTries` bad
 * answers to the same question the form gives up politely and offers a person.
 */
import type { FormSpec, SkillTurn, SlotSpec } from '../skills/types';
import { payloads } from './payload';
import { isQuestion, isUnknownAnswer, REQUESTS_OVER_STATEMENTS } from './phrases';
import type { SkillRegistry } from './registry';
import type { FormState } from './state';

export class FormRunner {
  constructor(
    private readonly registry: SkillRegistry,
    private readonly maxTries = 3,
  ) {}

  spec(form: FormState): FormSpec | undefined {
    return this.registry.form(form.name);
  }

  /**
   * Starts a form, or continues the same form already in progress. Whatever else the opening message
   * carries ("track 10234, my email is ann@example.com") is taken as well.
   */
  async start(
    turn: SkillTurn,
    name: string,
    values: Record<string, string>,
    data: Record<string, unknown>,
  ): Promise<void> {
    const spec = this.registry.form(name);
    if (!spec) throw new Error(`unknown form ${name}`);
    const { state, ctx } = turn;
    const at = ctx.now.toISOString();
    if (state.form?.name !== name) {
      state.form = { name, values: {}, tries: 0, checked: [], data: { ...data }, startedAt: at, updatedAt: at };
    } else {
      Object.assign(state.form.data, data);
    }
    const found = this.extract(turn, spec, state.form, { ...values }, false);
    this.assign(spec, state.form, found);
    await this.advance(turn);
  }

  /**
   * Offers the message to the active form. Returns false when it carried nothing for any slot, so the
   * engine can treat it as a digression or a misunderstanding.
   */
  async absorb(turn: SkillTurn, options: { freeText: boolean; given?: Record<string, string> }): Promise<boolean> {
    const form = turn.state.form;
    const spec = form && this.spec(form);
    if (!form || !spec) return false;
    const found = this.extract(turn, spec, form, { ...options.given }, options.freeText);
    if (Object.keys(found).length === 0) return false;
    this.assign(spec, form, found);
    await this.advance(turn);
    return true;
  }

  /** The slot whose question the form last asked. */
  private askingSlot(form: FormState | undefined): SlotSpec | undefined {
    return form && this.spec(form)?.slots.find((s) => s.name === form.asking);
  }

  /** True when the question asked is about cancelling and these words ("cancel it") answer it. */
  takesCancelWords(turn: SkillTurn): boolean {
    const form = turn.state.form;
    const slot = this.askingSlot(form);
    if (!form || !slot?.answersCancelWords) return false;
    const input = { text: turn.text, entities: turn.entities, asked: true, freeText: false, form, turn };
    return slot.extract(input) !== undefined;
  }

  /** True when the question asked takes any statement as its answer and this message is one. */
  takesStatement(turn: SkillTurn, intent: string): boolean {
    return (
      this.askingSlot(turn.state.form)?.answeredByStatements === true &&
      !isQuestion(turn.text) &&
      !REQUESTS_OVER_STATEMENTS.has(intent)
    );
  }

  /** True when the shopper says they cannot answer a question that has help for that (`unknownHint`). */
  cannotAnswer(turn: SkillTurn): boolean {
    return this.askingSlot(turn.state.form)?.unknownHint !== undefined && isUnknownAnswer(turn.text);
  }

  /** The message answered nothing: a failed try at the question just asked. */
  async reject(turn: SkillTurn): Promise<void> {
    const form = turn.state.form;
    const slot = this.askingSlot(form);
    if (!form || !slot) return;
    await this.fail(turn, form, slot, slot.hint, {});
  }

  /** Re-asks the pending question after a digression. */
  async resume(turn: SkillTurn): Promise<void> {
    const form = turn.state.form;
    const slot = this.askingSlot(form);
    if (!form || !slot) return;
    await this.ask(turn, form, slot, turn.t('form.resume'));
  }

  /**
   * Slot values in the message. Typed values (an order number, an email) are taken first; only when the
   * message carried none does free text count as the answer to the question just asked.
   */
  private extract(
    turn: SkillTurn,
    spec: FormSpec,
    form: FormState,
    found: Record<string, string>,
    freeText: boolean,
  ): Record<string, string> {
    const pass = (allowFree: boolean) => {
      for (const slot of spec.slots) {
        if (found[slot.name] !== undefined) continue;
        const asked = form.asking === slot.name;
        const input = { text: turn.text, entities: turn.entities, asked, freeText: allowFree && asked, form, turn };
        const value = slot.extract(input);
        if (value !== undefined) found[slot.name] = value;
      }
    };
    pass(false);
    if (freeText && Object.keys(found).length === 0) pass(true);
    return found;
  }

  /** New values replace old ones; a changed value invalidates everything that depended on it. */
  private assign(spec: FormSpec, form: FormState, values: Record<string, string>): void {
    let changedAt = -1;
    let replacedAt = -1;
    spec.slots.forEach((slot, index) => {
      const value = values[slot.name];
      const previous = form.values[slot.name];
      if (value === undefined || previous === value) return;
      form.values[slot.name] = value;
      form.checked = form.checked.filter((n) => n !== slot.name);
      if (changedAt < 0) changedAt = index;
      if (replacedAt < 0 && previous !== undefined) replacedAt = index;
    });
    if (changedAt < 0) return;
    // An earlier answer changed (another order number): the question asked now is a new one.
    const changed = spec.slots[changedAt]?.name;
    if (changed !== undefined && changed !== form.asking && values[form.asking ?? ''] === undefined) form.tries = 0;
    // Later slots were answered for the old value (proof for another order, items of another order).
    // A first answer replaces nothing: the email given before the order number is the proof for it.
    if (replacedAt < 0) return;
    for (const slot of spec.slots.slice(replacedAt + 1)) {
      if (values[slot.name] !== undefined) continue;
      delete form.values[slot.name];
      form.checked = form.checked.filter((n) => n !== slot.name);
    }
  }

  private async advance(turn: SkillTurn): Promise<void> {
    const form = turn.state.form;
    const spec = form && this.spec(form);
    if (!form || !spec) return;
    form.updatedAt = turn.ctx.now.toISOString();
    for (const slot of spec.slots) {
      const value = form.values[slot.name];
      if (value !== undefined && form.checked.includes(slot.name)) continue;
      if (value !== undefined) {
        const check = slot.validate ? await slot.validate(turn, value, form) : { ok: true as const, value };
        if (check.ok === 'abort') return this.drop(turn, form);
        if (check.ok === false) {
          delete form.values[slot.name];
          return this.fail(turn, form, slot, check.hint, check.params ?? {});
        }
        form.values[slot.name] = check.value;
        form.checked.push(slot.name);
        continue;
      }
      const resolution = slot.resolve ? await slot.resolve(turn, form) : 'ask';
      if (resolution === 'abort') return this.drop(turn, form);
      if (resolution === 'ask') {
        if (form.asking !== slot.name) {
          form.asking = slot.name;
          form.tries = 0;
        }
        return this.ask(turn, form, slot);
      }
      form.values[slot.name] = resolution.fill;
      form.checked.push(slot.name);
    }
    // Every slot is filled: clear first so the submit may chain into another form.
    if (turn.state.form === form) delete turn.state.form;
    await spec.submit(turn, form);
  }

  private drop(turn: SkillTurn, form: FormState): void {
    if (turn.state.form === form) delete turn.state.form;
  }

  private async fail(
    turn: SkillTurn,
    form: FormState,
    slot: SlotSpec,
    hint: Parameters<SkillTurn['t']>[0],
    params: Record<string, string | number>,
  ): Promise<void> {
    // "I don't remember the email, my phone is …" with a phone that does not match: the mismatch is
    // the answer, not the help for having nothing to give.
    if (slot.unknownHint && isUnknownAnswer(turn.text) && hint === slot.hint) {
      form.asking = slot.name;
      turn.ctx.reply({
        text: turn.t(slot.unknownHint, slot.promptParams?.(turn, form) ?? {}),
        quickReplies: [
          turn.quick('menu.agent', payloads.handoff(slot.giveUpReason ?? 'shopper_request')),
          turn.quick('menu.cancel', payloads.cmd('cancel')),
        ],
      });
      return;
    }
    form.tries = form.asking === slot.name ? form.tries + 1 : 1;
    form.asking = slot.name;
    if (form.tries >= this.maxTries) {
      this.drop(turn, form);
      turn.say(
        'form.give_up',
        {},
        {
          quickReplies: [
            turn.quick('menu.agent', payloads.handoff(slot.giveUpReason ?? 'repeated_misunderstanding')),
            turn.quick('menu.help', payloads.cmd('help')),
          ],
        },
      );
      return;
    }
    await this.ask(turn, form, slot, turn.t(hint, { ...(slot.promptParams?.(turn, form) ?? {}), ...params }));
  }

  private async ask(turn: SkillTurn, form: FormState, slot: SlotSpec, prefix?: string): Promise<void> {
    const params = slot.promptParams?.(turn, form) ?? {};
    const choices = slot.choices ? await slot.choices(turn, form) : [];
    const question = turn.t(slot.prompt, params);
    turn.ctx.reply({
      text: prefix ? `${prefix} ${question}` : question,
      quickReplies: [...choices, turn.quick('menu.cancel', payloads.cmd('cancel'))],
    });
  }
}

/**
 * "Hi, my name is Sarah", "我叫王芳": a shopper saying who they are. The classifier read it as a request
 * to change the name on the account; it is a greeting, answered by name.
 */

/** The name must be capitalised here ("I'm Sarah"), or "I'm looking" would be a Looking; the rest is not. */
const EN_INTRO =
  /^\s*(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Gg]ood (?:morning|afternoon|evening))(?: there)?[\s,!.]*)?(?:[Mm]y name is|[Mm]y name's|[Mm]y names|[Ii] am|[Ii]'m|[Ii]’m|[Ii]m|[Tt]his is)\s+([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\s*[.!]*\s*$/;
const EN_INTRO_LOWER = /^\s*(?:(?:hi|hello|hey)[\s,!.]*)?(?:my name is|my name's)\s+([a-z][a-z'-]+)\s*[.!]*\s*$/i;
const ZH_INTRO =
  /^\s*(?:(?:你好|您好|嗨)[\s，,!！。]*)?(?:我叫|我的名字是|我的名字叫)(\p{Script=Han}{1,4}|[A-Za-z]+)\s*[。!！]*\s*$/u;

/** Words after "I'm" or "this is" that are no name: "I'm Looking for…", "This is Ridiculous". */
const NOT_A_NAME =
  /^(looking|trying|interested|just|here|back|new|not|still|having|after|wondering|sorry|fine|good|ok|okay|ridiculous|terrible|great|awesome|amazing|urgent|annoying|unacceptable|frustrating|strange|weird|wrong|broken|confused|lost|done)$/i;

/** The name a shopper introduces themselves with, capitalised; undefined for anything else. */
export function introducedName(text: string): string | undefined {
  const match = EN_INTRO.exec(text) ?? EN_INTRO_LOWER.exec(text) ?? ZH_INTRO.exec(text);
  const name = match?.[1];
  if (!name || NOT_A_NAME.test(name.split(' ')[0] ?? '')) return undefined;
  return /^[a-z]/.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

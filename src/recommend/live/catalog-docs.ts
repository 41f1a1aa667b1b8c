/**
 * A product as a content document: both languages of the name (weighted highest), description,
 * category in its bilingual forms, colours, material and tags. The category and colour names come
 * from the shop's lexicon, so an English-only product still matches "连衣裙" and "红色".
 */
import { CATEGORY_FORMS, colourName } from '../../commerce';
import type { Product } from '../../store/entities';
import type { ContentDoc } from '../content/tfidf';

export function productDoc(product: Product): ContentDoc {
  const forms = CATEGORY_FORMS[product.category];
  const categoryText = forms ? [product.category, ...forms.en, ...forms.zh].join(' ') : product.category;
  const colours = product.colours.flatMap((c) => [c, colourName(c, 'en'), colourName(c, 'zh')]).join(' ');
  return {
    fields: [
      { text: `${product.name.en} ${product.name.zh}`, weight: 3 },
      { text: `${product.description.en} ${product.description.zh}`, weight: 1 },
      { text: categoryText, weight: 1 },
      { text: product.tags.join(' '), weight: 1.5 },
      { text: product.material ? `${product.material.en} ${product.material.zh}` : '', weight: 0.5 },
      { text: colours, weight: 0.5 },
    ],
  };
}

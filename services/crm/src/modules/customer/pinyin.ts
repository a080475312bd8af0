import { pinyin } from 'pinyin-pro';

/**
 * The search keys of a name: full pinyin without tones or spaces ("张三" → "zhangsan") and its
 * initials ("zs"); the first character is read as a surname (曾 zeng, 单 shan); latin letters and digits are kept, lower-cased.
 */
export function pinyinKeys(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, surname: 'head' });
  const words = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return { full: words.join(''), initials: words.map((w) => w[0]).join('') };
}

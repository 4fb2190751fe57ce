/**
 * `how` names made more specific by the sieve (issue 12), mapped to the name the engine gave before: the compare
 * script reads new output through it, so a rename is the only difference it forgives. One rule, one name: the
 * eval can now say which pattern is right or wrong.
 */
export const HOW_RENAMES: Readonly<Record<string, string>> = {
  'name-parenthetical': 'adjacent-cue',
  'described-source': 'adjacent-cue',
  'apposition-name': 'adjacent-cue',
  apposition: 'adjacent-cue',
  'inverted-cue': 'adjacent-cue',
  'inverted-group': 'adjacent-cue',
  'inverted-titled-name': 'adjacent-cue',
  'inverted-description': 'adjacent-cue',
  'leading-subject': 'adjacent-cue',
  'it-organization': 'pronoun',
  'inverted-pronoun': 'pronoun',
  'coordinated-cue': 'participle',
  'previous-paragraph': 'paragraph-continuation',
  'following-quote': 'paragraph-continuation',
};

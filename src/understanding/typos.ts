/**
 * Whether two words are one edit apart: one letter added, dropped, changed, or two neighbours
 * swapped ("hlep" for "help"): the optimal-string-alignment form of Damerau-Levenshtein
 * distance 1. Equal words are not one edit apart.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same += 1;
  if (a.length === b.length) {
    if (a.slice(same + 1) === b.slice(same + 1)) return true;
    return (
      a[same] === b[same + 1] && a[same + 1] === b[same] && a.slice(same + 2) === b.slice(same + 2)
    );
  }
  return a.length > b.length
    ? a.slice(same + 1) === b.slice(same)
    : a.slice(same) === b.slice(same + 1);
}

// Text that needs Unicode-aware handling. A regular expression with Unicode properties
// (\p{L}, \p{P}) is compiled on its first use in every run, which costs about half a
// millisecond; role text is nearly always ASCII, so names, words and compared items test
// this first and take an ASCII pattern when it does not match.

/** Any character outside ASCII (a surrogate half included). */
export const BEYOND_ASCII = /[\u0080-\uffff]/;

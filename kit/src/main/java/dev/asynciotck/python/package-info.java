/** CPython versions and ranges of them, as clauses and the vocabulary name them. */
package dev.asynciotck.python;

/**
 * The kit's JSON plumbing, shared by the program and trace codecs and the driver protocol: strict
 * parsing ({@link dev.asynciotck.json.StrictJson}), JSON Pointers and short renderings for error
 * messages, and a stable, readable layout for files ({@link dev.asynciotck.json.JsonLayout}).
 */
package dev.asynciotck.json;

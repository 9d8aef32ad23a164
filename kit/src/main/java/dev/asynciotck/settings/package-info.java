/**
 * The kit's settings ({@code tck.*}): one type, {@link dev.asynciotck.settings.Setting}, owns each
 * one's system property, environment variable, command-line option and default, and says where a
 * value came from in the words the user used ({@code --python}, {@code -Dtck.python}).
 */
package dev.asynciotck.settings;

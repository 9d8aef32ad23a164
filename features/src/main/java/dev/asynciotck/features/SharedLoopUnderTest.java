package dev.asynciotck.features;

import dev.asynciotck.sut.ConfiguredLoop;
import dev.asynciotck.sut.LoopUnderTest;

/**
 * The loop under test of this run, chosen from {@code tck.loop} / {@code TCK_LOOP} and shared by
 * every scenario (and the properties): see {@link ConfiguredLoop}.
 */
final class SharedLoopUnderTest {

    private SharedLoopUnderTest() {
    }

    static LoopUnderTest get() {
        return ConfiguredLoop.get();
    }
}

package dev.asynciotck.runner;

import picocli.CommandLine;

/** The kit's version, from the jar's manifest when there is one. */
final class TckVersion implements CommandLine.IVersionProvider {

    /** The version, or "(development build)" when the classes are not in a jar with a manifest. */
    static final String VERSION = version();

    private static String version() {
        String version = Tck.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"asyncio-tck " + VERSION};
    }
}

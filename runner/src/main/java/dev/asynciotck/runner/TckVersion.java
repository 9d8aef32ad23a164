package dev.asynciotck.runner;

import picocli.CommandLine;

/** The kit's version, from the jar's manifest when there is one. */
final class TckVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Tck.class.getPackage().getImplementationVersion();
        return new String[] {"asyncio-tck " + (version == null ? "(development build)" : version)};
    }
}

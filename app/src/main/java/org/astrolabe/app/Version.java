package org.astrolabe.app;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"astrolabe " + (version == null ? "development build" : version)};
    }
}

package org.astrolabe.app;

import org.apache.jena.sys.JenaSystem;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code astrolabe} command: each sub-command is a class of this package. */
@Command(name = "astrolabe",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Knowledge graphs from news articles: extract entities and relations, store them as RDF, query and serve them.",
        subcommands = {
                ServeCommand.class,
                IngestCommand.class,
                WatchCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                StatsCommand.class,
                ValidateCommand.class,
                DeleteCommand.class,
                BackupCommand.class,
                CompactCommand.class,
                LoadCommand.class,
                ReviewsCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    static {
        // Jena must be initialised before any sub-command class touches an RDF vocabulary constant.
        JenaSystem.init();
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

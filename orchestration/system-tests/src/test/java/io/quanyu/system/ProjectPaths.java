package io.quanyu.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the built modules are, so the tests run them exactly as the launcher does. */
final class ProjectPaths
{
    static final Path ROOT = Path.of(System.getProperty("quanyu.root", "../..")).toAbsolutePath().normalize();
    static final Path BUILD = Path.of(System.getProperty("quanyu.build.directory", "target")).toAbsolutePath().normalize();

    private ProjectPaths() {}

    static Path pipelineTarget()
    {
        return ROOT.resolve("orchestration/pipeline/target");
    }

    static Path screenJar()
    {
        return ROOT.resolve("dashboards/screen/target/quanyu-screen.jar");
    }

    static Path downloads()
    {
        return ROOT.resolve(".quanyu/downloads");
    }

    static Path trinoInstallation()
    {
        String configured = System.getenv("QUANYU_TRINO_INSTALL");
        return configured != null && !configured.isBlank() ? Path.of(configured) : ROOT.resolve(".quanyu/trino-server-470");
    }

    static Path sqliteDriver()
    {
        return downloads().resolve("sqlite-jdbc-" + System.getProperty("quanyu.sqlite-jdbc.version") + ".jar");
    }

    /** {@code java <Spark flags> -cp <pipeline classpath> <main class> <arguments>}, as ./quanyu runs it. */
    static List<String> pipelineCommand(String mainClass, List<String> arguments)
    {
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(Files.readString(pipelineTarget().resolve("launcher/spark-jvm.flags")).strip().split("\\s+")));
            command.addAll(List.of("-Xmx3g", "-Dfile.encoding=UTF-8", "-cp",
                    pipelineTarget().resolve("classes") + ":" + Files.readString(pipelineTarget().resolve("runtime-classpath.txt")).strip(),
                    mainClass));
            command.addAll(arguments);
            return command;
        }
        catch (IOException e) {
            throw new UncheckedIOException("the pipeline module is not built (run mvn install first): " + e.getMessage(), e);
        }
    }
}

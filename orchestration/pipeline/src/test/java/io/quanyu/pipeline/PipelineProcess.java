package io.quanyu.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pipeline started as operators and Airflow start it: its own JVM, its home in {@code QUANYU_HOME}, output to a log. */
final class PipelineProcess
{
    private PipelineProcess() {}

    static Process start(Path home, String log, Map<String, String> properties, String... arguments)
            throws IOException
    {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(Files.readString(Path.of("target", "launcher", "spark-jvm.flags")).strip().split("\\s+")));
        command.addAll(List.of("-Xmx2g", "-Dfile.encoding=UTF-8"));
        properties.forEach((name, value) -> command.add("-D%s=%s".formatted(name, value)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuanyuPipelineApplication.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve(log).toFile());
        builder.environment().put("QUANYU_HOME", home.toString());
        return builder.start();
    }
}

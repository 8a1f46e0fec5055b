package io.quanyu.pipeline;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import static java.util.Objects.requireNonNull;

/** Carries out the command line and turns its outcome into the process exit code. */
@Component
class PipelineCommandRunner
        implements ApplicationRunner, ExitCodeGenerator
{
    private final ExtractRunner extract;
    private final TransformRunner transform;
    private int exitCode;

    PipelineCommandRunner(ExtractRunner extract, TransformRunner transform)
    {
        this.extract = requireNonNull(extract, "extract is null");
        this.transform = requireNonNull(transform, "transform is null");
    }

    @Override
    public void run(ApplicationArguments arguments)
    {
        long start = System.nanoTime();
        try {
            PipelineCommand command = PipelineCommand.parse(java.util.List.of(arguments.getSourceArgs()));
            if (command.action().equals("extract") || command.action().equals("run")) {
                extract.extract(command.source(), command.logicalDate());
            }
            if (command.action().equals("transform") || command.action().equals("run")) {
                transform.transform(command.logicalDate());
            }
            System.out.printf("[pipeline] %s %s succeeded in %.1f s%n", command.action(), command.logicalDate(), (System.nanoTime() - start) / 1e9);
        }
        catch (IllegalArgumentException e) {
            System.err.println("[pipeline] " + e.getMessage());
            exitCode = 2;
        }
        catch (Exception e) {
            System.err.println("[pipeline] failed: " + e.getMessage());
            e.printStackTrace();
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode()
    {
        return exitCode;
    }
}

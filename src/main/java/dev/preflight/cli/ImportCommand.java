package dev.preflight.cli;

import dev.preflight.author.ChecklistText;
import dev.preflight.author.MarkdownImport;
import dev.preflight.author.Outline;
import dev.preflight.model.ExitCode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Turn a Markdown checklist into checklist YAML.",
        "Headings become sections, task items (- [ ], 1. [ ], □, table rows) items, `commands` "
        + "run items with their tool's parser, thresholds such as >80%% conditions; # TODO: "
        + "comments mark what a person must decide."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:the input cannot be read, or the output file exists"})
final class ImportCommand implements Callable<Integer> {
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Context ctx;

  @Parameters(index = "0", paramLabel = "FILE.md", description = "The Markdown checklist.")
  String file;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the checklist here (never over an existing file); default: "
          + "standard output.")
  String output;

  ImportCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    Path in = ctx.cwd().resolve(file);
    String markdown = read(in);
    if (markdown == null) {
      return ExitCode.INVALID.code();
    }
    Path out = output == null ? null : ctx.cwd().resolve(output);
    if (out != null && Files.exists(out)) {
      ctx.err().println("preflight import: " + output + " already exists; nothing was written"
          + " (choose another -o FILE or remove it)");
      return ExitCode.INVALID.code();
    }
    String stem = in.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    Outline outline = MarkdownImport.of(markdown, in.getFileName().toString(),
        stem.replace('-', ' ').replace('_', ' '));
    if (outline.itemCount() == 0) {
      ctx.err().println("preflight import: " + file + " has no task items (- [ ], 1. [ ], □ or"
          + " a table row with [ ]); nothing to import");
      return ExitCode.INVALID.code();
    }
    String yaml = ChecklistText.render(outline);
    if (out == null) {
      ctx.out().print(yaml);
      return ExitCode.PASSED.code();
    }
    Written.checklist(ctx, out, yaml);
    ctx.err().println("preflight import: wrote " + output + " (" + outline.itemCount()
        + " items); check it with 'preflight validate " + output + "'");
    return ExitCode.PASSED.code();
  }

  private String read(Path in) {
    try {
      if (Files.isDirectory(in)) {
        ctx.err().println("preflight import: " + file + " is a directory; name a Markdown file");
        return null;
      }
      if (Files.size(in) > MAX_BYTES) {
        ctx.err().println("preflight import: " + file + " is larger than 4 MiB; is it the"
            + " checklist?");
        return null;
      }
      byte[] bytes = Files.readAllBytes(in);
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
    } catch (java.nio.file.NoSuchFileException e) {
      ctx.err().println("preflight import: " + file + ": no such file");
    } catch (CharacterCodingException e) {
      ctx.err().println("preflight import: " + file + " is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      ctx.err().println("preflight import: cannot read " + file + ": " + e.getMessage());
    }
    return null;
  }
}

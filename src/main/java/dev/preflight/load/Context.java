package dev.preflight.load;

import java.nio.file.Path;
import java.util.List;

/**
 * What every mapper needs while turning nodes into the model.
 *
 * @param baseDir the checklist file's directory; relative workdirs resolve against it
 * @param chain the files being read, outermost first, to find include cycles
 * @param texts the text of every file read so far, the checklist's first, in the order read:
 *     what the checklist's fingerprint is made of (shared and added to by includes)
 */
record Context(Problems problems, SourceText source, Vars vars, Path baseDir, List<Path> chain,
    List<String> texts) {

  Context {
    chain = List.copyOf(chain);
  }

  Fields fields(Node.MapNode map, String path) {
    return new Fields(map, path, this);
  }

  void report(Node node, String path, String message, String hint) {
    problems.add(node.mark(), path, message, hint);
  }
}

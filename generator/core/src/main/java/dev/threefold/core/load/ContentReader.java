package dev.threefold.core.load;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.diag.Position;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The only reader of the content folder: walks it (never following symbolic
 * links), reads each YAML file as strict UTF-8 and lists the assets.
 */
public final class ContentReader {

    /** @param checked SVG assets found safe before, not checked again while unchanged; updated */
    public ContentTree read(Path content, Diagnostics d, CheckedAssets checked) {
        return read(content, ShownPath.prefix(content), d, checked);
    }

    /** As {@link #read(Path, Diagnostics, CheckedAssets)}, messages naming files as {@code display} + path in the folder. */
    public ContentTree read(Path content, String display, Diagnostics d, CheckedAssets checked) {
        SourceFile curriculum = null;
        Path curriculumFile = content.resolve("curriculum.yaml");
        if (Files.isRegularFile(curriculumFile, LinkOption.NOFOLLOW_LINKS)) {
            curriculum = readText(content, curriculumFile, display, d);
        } else {
            d.error("missing-file", Position.ofFile(display + "curriculum.yaml"), "",
                    "curriculum.yaml is missing", "create it with at least `title: <your school's curriculum>`");
        }
        List<SourceFile> standards = yamlUnder(content, "standards", display, d).parallelStream()
                .map(f -> readText(content, f.path(), display, d)).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(SourceFile::path)).toList();
        long listedAt = System.currentTimeMillis();
        List<UnitFile> units = yamlUnder(content, "units", display, d).stream()
                .map(f -> unitFile(f, display, listedAt))
                .sorted(java.util.Comparator.comparing(UnitFile::path)).toList();
        if (units.isEmpty() && Files.isDirectory(content)) {
            d.error("no-units", Position.ofFile(display + "units"), "",
                    "no unit files found under units/", "add unit plans as units/**/*.yaml");
        }
        Map<String, Path> assets = new TreeMap<>();
        long assetsListedAt = System.currentTimeMillis();
        for (Found f : walk(content, content.resolve("assets"), display, d, new ArrayList<>())) {
            Path p = f.path();
            String rel = f.rel();
            String stamp = FileStamp.of(f.attrs(), assetsListedAt);
            Optional<String> problem = checked.knownSafe(rel, stamp) ? Optional.empty() : assetProblem(rel, p);
            if (problem.isEmpty() && AssetCheck.isParsed(rel)) {
                checked.foundSafe(rel, stamp);
            }
            if (problem.isPresent()) {
                d.error("unsafe-asset", Position.ofFile(display + rel), "", problem.get(),
                        "remove it from content/assets, or publish it elsewhere and link to it with https://");
            } else {
                assets.put(rel, p);
            }
        }
        checked.keepOnly(assets.keySet());
        return new ContentTree(curriculum, standards, units, Collections.unmodifiableMap(assets), content.toAbsolutePath().normalize());
    }

    private static UnitFile unitFile(Found file, String displayPrefix, long listedAt) {
        return new UnitFile(file.rel(), displayPrefix.concat(file.rel()), file.path(), FileStamp.of(file.attrs(), listedAt));
    }

    /** A regular file found by {@link #walk}: its path relative to the content folder, and the attributes the walk read anyway. */
    private record Found(Path path, String rel, BasicFileAttributes attrs) {
    }

    /** Reads a unit file found by {@link #read}: its text, or null when it cannot be read (reported). */
    public SourceFile readUnit(UnitFile unit, Diagnostics d) {
        return decode(unit.file(), unit.path(), unit.displayPath(), d);
    }

    private List<Found> yamlUnder(Path content, String folder, String display, Diagnostics d) {
        List<Found> files = new ArrayList<>();
        List<String> yamlFolders = new ArrayList<>();
        for (Found f : walk(content, content.resolve(folder), display, d, yamlFolders)) {
            String name = f.rel().substring(f.rel().lastIndexOf('/') + 1);
            if (name.endsWith(".yaml")) {
                files.add(f);
            } else if (name.endsWith(".yml")) {
                d.error("file-extension", Position.ofFile(display + f.rel()), "",
                        "unit and standards files end in .yaml", "rename it to " + name.replaceFirst("\\.yml$", ".yaml"));
            }
        }
        for (String rel : yamlFolders) {
            String name = rel.substring(rel.lastIndexOf('/') + 1);
            String kind = folder.equals("units") ? "a unit file" : "a standards file";
            d.error("yaml-folder", Position.ofFile(display + rel), "",
                    "`" + name + "` is a folder, not " + kind + ", so it is not read as one",
                    "rename the folder so that its name does not end in " + name.substring(name.lastIndexOf('.'))
                            + ", or, if " + kind + " is inside it, move that file up into "
                            + rel.substring(0, rel.lastIndexOf('/') + 1) + " and delete the folder");
        }
        return files;
    }

    /**
     * Regular files under {@code dir}, in the order of their paths relative to {@code content}
     * (as strings); symbolic links are reported and skipped. Each folder is read once and its
     * entries sorted there, a folder's name sorting as if followed by its "/": a walk in that
     * order lists the files already in the order of their whole paths, which sorting 10,000
     * absolute paths afterwards took up to a fifth of a rebuild's listing. Folders named like YAML
     * files are added to {@code yamlFolders}, since under units/ and standards/ that is a mistake.
     */
    private List<Found> walk(Path content, Path dir, String display, Diagnostics d, List<String> yamlFolders) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        String rel = relative(content, dir);
        try {
            walkInto(dir, rel, display, d, out, yamlFolders);
        } catch (IOException | UncheckedIOException e) {
            d.error("io", Position.ofFile(display + rel), "", "could not list files: " + e.getMessage(), "");
        }
        return out;
    }

    /** An entry of a folder being walked, and the name it sorts by. */
    private record Entry(Path path, String name, BasicFileAttributes attrs, String sortName) {
    }

    private void walkInto(Path dir, String rel, String display, Diagnostics d, List<Found> out, List<String> yamlFolders)
            throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                entries.add(new Entry(p, name, attrs, attrs.isDirectory() ? name + "/" : name));
            }
        }
        entries.sort(Comparator.comparing(Entry::sortName));
        String prefix = rel + "/";
        for (Entry e : entries) {
            String path = prefix.concat(e.name()); // at its size: "+" compiles to a growing StringBuilder (see the parent pom)
            if (e.attrs().isSymbolicLink()) {
                synchronized (d) {
                    d.error("symlink", Position.ofFile(display + path), "",
                            "symbolic links are not followed", "copy the file into content/ instead of linking to it");
                }
            } else if (e.attrs().isDirectory()) {
                if (e.name().endsWith(".yaml") || e.name().endsWith(".yml")) {
                    yamlFolders.add(path); // its name says unit file, but only files are read
                }
                walkInto(e.path(), path, display, d, out, yamlFolders);
            } else if (e.attrs().isRegularFile() && !e.name().startsWith(".")) {
                out.add(new Found(e.path(), path, e.attrs()));
            }
        }
    }

    private SourceFile readText(Path content, Path file, String display, Diagnostics d) {
        String rel = relative(content, file);
        return decode(file, rel, display + rel, d);
    }

    private SourceFile decode(Path file, String rel, String displayPath, Diagnostics d) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            // The JDK's decoder copies ASCII text straight into a string; only a text holding the
            // replacement character, which is what bytes that are not UTF-8 become, is decoded
            // again strictly (a 10,000-unit build decoded 131 MB through a char array before).
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new SourceFile(rel, displayPath, text);
        } catch (CharacterCodingException e) {
            synchronized (d) {
                d.error("encoding", Position.ofFile(displayPath), "", "file is not valid UTF-8",
                        "save it as UTF-8 in your editor");
            }
        } catch (IOException e) {
            synchronized (d) {
                d.error("io", Position.ofFile(displayPath), "", "could not read file: " + e.getMessage(), "");
            }
        }
        return null;
    }

    private static Optional<String> assetProblem(String rel, Path p) {
        if (!AssetCheck.isParsed(rel)) {
            return AssetCheck.problem(rel, new byte[0]);
        }
        try {
            return AssetCheck.problem(rel, Files.readAllBytes(p));
        } catch (IOException e) {
            return Optional.of("could not read it: " + e.getMessage());
        }
    }

    private static String relative(Path content, Path p) {
        // A file found by the walk starts with the content folder as given: its text is cut there,
        // for 10,000 unit files, without Path.relativize's new path of each.
        String folder = content.toString();
        String file = p.toString();
        if (!folder.isEmpty() && file.length() > folder.length() + 1 && file.startsWith(folder)
                && file.charAt(folder.length()) == p.getFileSystem().getSeparator().charAt(0)) {
            return file.substring(folder.length() + 1).replace('\\', '/');
        }
        return content.relativize(p).toString().replace('\\', '/');
    }
}

package dev.threefold.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * Every file of a site we wrote, as site paths (anything but a folder), found without reading
 * every folder again: a build leaves {@value #MANIFEST} in the site, the list of its files, and
 * gives that file a modification time no later than the moment the build last knew each folder's
 * entries. A folder modified before that time still holds just the files the list names; only
 * folders modified since (by the next build's own moves, or by hand) are read. At 10,000 units
 * that is a few folders instead of 20,000, whose reading took 0.4-0.7 s of CPU in every rebuild.
 *
 * <p>A site without a readable list (written by an older Threefold, or damaged) is walked whole.
 * A file added by hand is found because adding it modifies its folder; only a folder whose
 * modification time was then set back by hand, to before the list's, would hide it.
 */
final class SiteListing {

    /** The list: a version line, then one site path per line. Its modification time is the "since" above. */
    static final String MANIFEST = ".threefold-files";
    private static final String VERSION = "threefold-files 1";

    private SiteListing() {
    }

    /**
     * Writes the list of {@code paths} (the list itself included) into {@code site}, with the
     * modification time {@code since}, or, when null, the time it is written.
     */
    static void write(Path site, Collection<String> paths, FileTime since) throws IOException {
        TreeSet<String> sorted = new TreeSet<>(paths);
        sorted.add(MANIFEST);
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        sorted.forEach(p -> text.append(p).append('\n'));
        Path file = site.resolve(MANIFEST);
        Files.writeString(file, text);
        if (since != null) {
            Files.setLastModifiedTime(file, since);
        }
    }

    /** Every file of {@code site}, read on {@code pool}'s threads. */
    static List<String> of(Path site, ForkJoinPool pool) throws IOException {
        Map<String, List<String>> listed = read(site);
        if (listed == null) {
            return walk(site, pool);
        }
        FileTime since = Files.getLastModifiedTime(site.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS);
        try {
            return pool.submit(() -> listed.entrySet().parallelStream()
                    .flatMap(folder -> filesIn(site, folder.getKey(), folder.getValue(), listed, since))
                    .toList()).join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The list as folder → the names it holds (files and folders), "" being the site itself;
     * null when there is no readable list.
     */
    private static Map<String, List<String>> read(Path site) {
        List<String> lines;
        try {
            lines = Files.readAllLines(site.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(VERSION)) {
            return null;
        }
        Map<String, List<String>> folders = new HashMap<>();
        folders.put("", new ArrayList<>());
        for (String path : lines.subList(1, lines.size())) {
            if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("//")
                    || path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..")) {
                return null; // not a list we wrote
            }
            // Each folder on the way names its child; a folder seen before was named by its parent then.
            String child = path;
            int slash = child.lastIndexOf('/');
            while (true) {
                String parent = slash < 0 ? "" : child.substring(0, slash);
                boolean known = folders.containsKey(parent);
                folders.computeIfAbsent(parent, k -> new ArrayList<>()).add(child.substring(slash + 1));
                if (known || parent.isEmpty()) {
                    break;
                }
                child = parent;
                slash = child.lastIndexOf('/');
            }
        }
        return folders;
    }

    /**
     * The files directly in {@code folder}: the names the list gives, when the folder was not
     * modified since; else what the folder holds now, with any folder the list does not know
     * walked whole.
     */
    private static Stream<String> filesIn(Path site, String folder, List<String> names,
                                          Map<String, List<String>> listed, FileTime since) {
        Path dir = folder.isEmpty() ? site : site.resolve(folder);
        String prefix = folder.isEmpty() ? "" : folder + "/";
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Stream.empty(); // removed by hand, with all it held
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!attributes.isDirectory()) {
            return Stream.empty(); // replaced by a file, which its parent (modified so) lists
        }
        if (attributes.lastModifiedTime().compareTo(since) < 0) {
            return names.stream().filter(name -> !listed.containsKey(prefix + name)).map(name -> prefix + name);
        }
        List<String> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String path = prefix + entry.getFileName();
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(path);
                } else if (!listed.containsKey(path)) { // a folder the list knows is read on its own
                    filesUnder(entry).forEach(p -> files.add(relative(site, p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream();
    }

    /** Every file of {@code site}, its top-level folders walked in parallel on {@code pool}. */
    private static List<String> walk(Path site, ForkJoinPool pool) throws IOException {
        List<Path> top;
        try (Stream<Path> s = Files.list(site)) {
            top = s.toList();
        }
        try {
            return pool.submit(() -> top.parallelStream().flatMap(SiteListing::filesUnder)
                    .map(p -> relative(site, p)).toList()).join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The files under {@code root}, told from folders by the attributes the walk read anyway (one stat each, not two). */
    private static Stream<Path> filesUnder(Path root) {
        try (Stream<Path> s = Files.find(root, Integer.MAX_VALUE, (p, attributes) -> !attributes.isDirectory())) {
            return s.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path site, Path p) {
        return site.relativize(p).toString().replace('\\', '/');
    }
}

package dev.threefold.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A site's files, and the order its list gave them in (none when it was walked). */
    record Listing(Set<String> files, PreviousOrder order) {
    }

    /**
     * Writes the list of {@code paths} (the list itself included) into {@code site}, with the
     * modification time {@code since}, or, when null, the time it is written.
     *
     * @param order the previous list's order, which sorts these paths faster (see {@link PreviousOrder})
     */
    static void write(Path site, Collection<String> paths, FileTime since, PreviousOrder order) throws IOException {
        Set<String> all = new HashSet<>(paths);
        all.add(MANIFEST);
        Path file = site.resolve(MANIFEST);
        try (Writer text = Files.newBufferedWriter(file)) { // not built whole in memory first
            text.append(VERSION).append('\n');
            for (String p : order.sort(all)) {
                text.append(p).append('\n');
            }
        }
        if (since != null) {
            Files.setLastModifiedTime(file, since);
        }
    }

    /** Every file of {@code site}, read on {@code pool}'s threads. */
    static Listing of(Path site, ForkJoinPool pool) throws IOException {
        List<String> lines = read(site);
        Map<String, List<String>> listed = lines == null ? null : folders(lines);
        if (listed == null) {
            return new Listing(new HashSet<>(walk(site, pool)), PreviousOrder.NONE);
        }
        FileTime since = Files.getLastModifiedTime(site.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS);
        try {
            List<List<String>> byFolder = pool.submit(() -> listed.entrySet().parallelStream()
                    .map(folder -> filesIn(site, folder.getKey(), folder.getValue(), listed, since)).toList()).join();
            Set<String> files = new HashSet<>(lines.size() * 2);
            byFolder.forEach(files::addAll);
            return new Listing(files, PreviousOrder.of(lines));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The paths the list names, in its order; null when there is no readable list. */
    private static List<String> read(Path site) {
        List<String> lines;
        try {
            lines = Files.readAllLines(site.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(VERSION)) {
            return null;
        }
        return lines.subList(1, lines.size());
    }

    /**
     * The list as folder → the paths of the files it holds (site paths, as listed), "" being the
     * site itself; every folder on the way to a file is a key. Null when it is not a list we wrote.
     */
    private static Map<String, List<String>> folders(List<String> paths) {
        Map<String, List<String>> folders = new HashMap<>();
        folders.put("", new ArrayList<>());
        for (String path : paths) {
            if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("//")
                    || path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..")) {
                return null; // not a list we wrote
            }
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            List<String> files = folders.get(folder);
            if (files == null) {
                files = new ArrayList<>();
                folders.put(folder, files);
                // Every folder on the way is a key too; one seen before had its own parents added then.
                int up = folder.lastIndexOf('/');
                while (up > 0 && folders.putIfAbsent(folder.substring(0, up), new ArrayList<>()) == null) {
                    up = folder.lastIndexOf('/', up - 1);
                }
            }
            files.add(path);
        }
        return folders;
    }

    /**
     * The files directly in {@code folder}: the ones the list gives, when the folder was not
     * modified since; else what the folder holds now, with any folder the list does not know
     * walked whole.
     */
    private static List<String> filesIn(Path site, String folder, List<String> listedFiles,
                                        Map<String, List<String>> listed, FileTime since) {
        Path dir = folder.isEmpty() ? site : site.resolve(folder);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return List.of(); // removed by hand, with all it held
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!attributes.isDirectory()) {
            return List.of(); // replaced by a file, which its parent (modified so) lists
        }
        if (attributes.lastModifiedTime().compareTo(since) < 0) {
            for (String p : listedFiles) {
                if (listed.containsKey(p)) { // a list naming both "a" and "a/b": "a" is a folder
                    return listedFiles.stream().filter(f -> !listed.containsKey(f)).toList();
                }
            }
            return listedFiles;
        }
        String prefix = folder.isEmpty() ? "" : folder + "/";
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
        return files;
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

package dev.threefold.core.model;

/**
 * Where the content lives in git (curriculum.yaml's {@code repository}), for "Edit this unit" links.
 *
 * @param url    the repository's web address, http or https, without a trailing slash
 * @param branch the branch edits go to (default {@code main})
 * @param path   the content folder inside the repository (default {@code content}; empty at its root)
 */
public record Repository(String url, String branch, String path) {

    /**
     * The web page that edits a file of the content folder ({@code units/a.yaml}): GitLab's
     * {@code /-/edit/} on a host named gitlab, GitHub's (and Gitea's, Forgejo's) {@code /edit/} elsewhere.
     */
    public String editUrl(String sourcePath) {
        String file = (path.isEmpty() ? "" : path + "/") + sourcePath;
        StringBuilder encoded = new StringBuilder();
        for (String segment : (branch + "/" + file).split("/")) {
            if (!encoded.isEmpty()) {
                encoded.append('/');
            }
            encoded.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        boolean gitlab = java.net.URI.create(url).getHost() != null && java.net.URI.create(url).getHost().contains("gitlab");
        return url + (gitlab ? "/-/edit/" : "/edit/") + encoded;
    }
}

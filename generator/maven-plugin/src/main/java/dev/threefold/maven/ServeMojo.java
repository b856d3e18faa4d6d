package dev.threefold.maven;

import dev.threefold.core.BuildRequest;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.live.PreviewServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;

/** Previews the site while you write: serves it locally, rebuilds on every save, reloads the browser. */
@Mojo(name = "serve", requiresProject = false)
public class ServeMojo extends ThreefoldMojo {

    /** Port to serve on. */
    @Parameter(property = "threefold.port", defaultValue = "8080")
    int port;

    /** Address to listen on; the default serves this computer only. */
    @Parameter(property = "threefold.host", defaultValue = "127.0.0.1")
    String host;

    @Override
    public void execute() throws MojoExecutionException {
        BuildRequest request = new BuildRequest(content.toPath(), null, theme == null ? null : theme.toPath(), strict, baseUrl);
        try (PreviewServer server = PreviewServer.start(request, host, port, site -> {
            for (Diagnostic d : site.problems()) {
                if (d.isError()) {
                    getLog().error(d.format());
                } else {
                    getLog().warn(d.format());
                }
            }
            getLog().info(site.hasErrors() ? "Threefold: not rebuilt, serving the last good site" : "Threefold: rebuilt");
        })) {
            getLog().info("Threefold: serving " + content + " at " + server.uri() + " (Ctrl+C to stop)");
            Thread.currentThread().join();
        } catch (IOException e) {
            throw new MojoExecutionException("Threefold: cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

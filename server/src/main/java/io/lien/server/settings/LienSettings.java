package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;

/**
 * Where the server keeps its files and how people reach it.
 *
 * @param dataDir   the H2 database, the embedded broker's configuration and the JWT secret
 * @param publicUrl the address shoppers open links at (selection links in messages)
 */
@ConfigurationProperties("lien")
public record LienSettings(@Bindable(defaultValue = "./data") String dataDir,
                           @Bindable(defaultValue = "http://localhost:8080") String publicUrl) {

    public LienSettings {
        InvalidSetting.require(dataDir != null && !dataDir.isBlank(), "lien.data-dir", "must name a folder", dataDir);
        InvalidSetting.require(isHttpUrl(publicUrl), "lien.public-url", "must be an http(s) address such as https://shop.example.org",
                publicUrl);
    }

    /** The public address without a trailing slash, to put paths after ("https://shop.example.org" + "/s/…"). */
    public String baseUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Whether shoppers reach Lien over HTTPS (cookies are then sent only over it). */
    public boolean https() {
        return publicUrl.startsWith("https:");
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}

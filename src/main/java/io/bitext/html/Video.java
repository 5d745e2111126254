package io.bitext.html;

import io.bitext.note.Note;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The note's video, when its cover links to YouTube: a section's start time becomes a link that opens
 * the video there ({@code watch?v=ID&t=66s}).
 */
final class Video {
    private final String watch;

    private Video(String watch) {
        this.watch = watch;
    }

    /** The cover's YouTube link, or null when the cover has none. */
    static Video of(Note note) {
        for (String value : note.cover().values()) {
            String watch = watchAddress(value.strip());
            if (watch != null) {
                return new Video(watch);
            }
        }
        return null;
    }

    /** {@code https://www.youtube.com/watch?v=ID} for a YouTube address, else null. */
    static String watchAddress(String link) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return null;
        }
        String id = null;
        if (host.equals("youtu.be") && uri.getPath() != null) {
            id = uri.getPath().replaceFirst("^/", "");
        } else if ((host.equals("youtube.com") || host.endsWith(".youtube.com")) && "/watch".equals(uri.getPath()) && uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.startsWith("v=")) {
                    id = pair.substring(2);
                }
            }
        }
        return id != null && id.matches("[A-Za-z0-9_-]{6,20}") ? "https://www.youtube.com/watch?v=" + id : null;
    }

    /** The video at {@code seconds}. */
    String at(int seconds) {
        return watch + "&t=" + Math.max(0, seconds) + "s";
    }
}

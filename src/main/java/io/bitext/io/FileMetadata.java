package io.bitext.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * The metadata a file keeps when Bitext writes a new version of it: permissions, owner, group, and
 * for a backup the time it was last changed. On a file system without POSIX attributes there is
 * nothing to carry over.
 *
 * <pre>{@code
 * FileMetadata before = FileMetadata.of(note);
 * before.applyTo(temp, false);
 * }</pre>
 */
record FileMetadata(Set<PosixFilePermission> permissions, UserPrincipal owner, GroupPrincipal group,
                    FileTime modified, int links) {

    /** The metadata of {@code file}, or null when the file system keeps none Bitext can copy. */
    static FileMetadata of(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return null;
        }
        PosixFileAttributes attributes = view.readAttributes();
        Object links = Files.getAttribute(file, "unix:nlink");
        return new FileMetadata(attributes.permissions(), attributes.owner(), attributes.group(),
                attributes.lastModifiedTime(), links instanceof Integer n ? n : 1);
    }

    /**
     * Gives {@code file} these permissions, owner and group (and the time, when {@code withTime}).
     * Returns false when the owner or group cannot be given (only root may give a file away), so
     * that the caller can write through the original file instead.
     */
    boolean applyTo(Path file, boolean withTime) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return true;
        }
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(group)) {
                view.setGroup(group);
            }
            if (!now.owner().equals(owner)) {
                view.setOwner(owner);
            }
        } catch (FileSystemException notPermitted) {
            view.setPermissions(permissions);
            return false;
        }
        // after the owner: a change of owner may clear the set-user-id bits
        view.setPermissions(permissions);
        if (withTime) {
            view.setTimes(modified, null, null);
        }
        return true;
    }
}

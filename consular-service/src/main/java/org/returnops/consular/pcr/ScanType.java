package org.returnops.consular.pcr;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of scan accepted, told by their first bytes (not by what the caller says): a PDF starts with
 * {@code %PDF-}, a PNG with its 8-byte signature, a JPEG with {@code FF D8 FF}.
 */
enum ScanType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    final String mediaType;
    private final byte[] magic;

    ScanType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    static Optional<ScanType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> content.length >= type.magic.length
                && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length)).findFirst();
    }
}

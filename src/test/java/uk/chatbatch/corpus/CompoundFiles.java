package uk.chatbatch.corpus;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Minimal OLE2 compound files (the container of old .xls workbooks and of password-protected .xlsx):
 * a header, one FAT sector and one directory sector naming the given streams, all empty. Enough for a
 * reader that decides what a file is from its container and stream names.
 */
final class CompoundFiles {

    private static final int SECTOR = 512;
    private static final int FREE = 0xFFFFFFFF;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FAT_SECTOR = 0xFFFFFFFD;

    private CompoundFiles() {
    }

    /** An old binary .xls: one stream named Workbook. */
    static byte[] oldXls() {
        return withStreams("Workbook");
    }

    /** What Excel writes for a password-protected .xlsx: the encrypted package beside its EncryptionInfo. */
    static byte[] encryptedXlsx() {
        return withStreams("EncryptionInfo", "EncryptedPackage");
    }

    static byte[] withStreams(String... names) {
        if (names.length > 3) {
            throw new IllegalArgumentException("one directory sector holds the root and three streams");
        }
        ByteBuffer file = ByteBuffer.allocate(SECTOR * 3).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.position(0x18);
        file.putShort((short) 0x3E).putShort((short) 3).putShort((short) 0xFFFE).putShort((short) 9).putShort((short) 6);
        file.position(0x2C);
        file.putInt(1).putInt(1).putInt(0).putInt(4096).putInt(END_OF_CHAIN).putInt(0).putInt(END_OF_CHAIN).putInt(0);
        file.putInt(0); // DIFAT[0]: the FAT is sector 0
        while (file.position() < SECTOR) {
            file.putInt(FREE);
        }
        file.putInt(FAT_SECTOR).putInt(END_OF_CHAIN);
        while (file.position() < 2 * SECTOR) {
            file.putInt(FREE);
        }
        directoryEntry(file, "Root Entry", 5, names.length > 0 ? 1 : FREE, FREE);
        for (int i = 0; i < names.length; i++) {
            directoryEntry(file, names[i], 2, FREE, i + 1 < names.length ? i + 2 : FREE);
        }
        return Arrays.copyOf(file.array(), SECTOR * 3);
    }

    private static void directoryEntry(ByteBuffer file, String name, int type, int child, int rightSibling) {
        int start = file.position();
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        file.put(utf16);
        file.position(start + 0x40);
        file.putShort((short) (utf16.length + 2)).put((byte) type).put((byte) 1);
        file.putInt(FREE).putInt(rightSibling).putInt(child);
        file.position(start + 0x74);
        file.putInt(END_OF_CHAIN).putLong(0);
        file.position(start + 128);
    }
}

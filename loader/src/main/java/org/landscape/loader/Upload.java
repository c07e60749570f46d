package org.landscape.loader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

/** A multipart/form-data body of files, streamed from disk with its progress reported. */
public final class Upload {

  private final String boundary = "landscape-" + UUID.randomUUID();
  private final Map<String, Path> files;

  public Upload(Map<String, Path> files) {
    this.files = new LinkedHashMap<>(files);
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  public long length() throws IOException {
    long length = closing().length;
    for (Map.Entry<String, Path> file : files.entrySet()) {
      length += head(file.getKey(), file.getValue()).length + Files.size(file.getValue()) + 2;
    }
    return length;
  }

  /** The body, counting each byte read into {@code progress}. */
  public InputStream open(LongConsumer progress) throws IOException {
    List<InputStream> parts = new ArrayList<>();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      parts.add(new java.io.ByteArrayInputStream(head(file.getKey(), file.getValue())));
      parts.add(Files.newInputStream(file.getValue()));
      parts.add(new java.io.ByteArrayInputStream("\r\n".getBytes(StandardCharsets.US_ASCII)));
    }
    parts.add(new java.io.ByteArrayInputStream(closing()));
    return new CountingInputStream(
        new SequenceInputStream(Collections.enumeration(parts)), progress);
  }

  private byte[] head(String field, Path file) {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    String text =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + file.getFileName()
            + "\"\r\nContent-Type: text/csv\r\n\r\n";
    head.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return head.toByteArray();
  }

  private byte[] closing() {
    return ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static final class CountingInputStream extends java.io.FilterInputStream {
    private final LongConsumer progress;
    private long count;

    CountingInputStream(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count += read;
        progress.accept(count);
      }
      return read;
    }
  }
}

package io.bitext.note;

import java.util.List;
import java.util.Set;

/**
 * The names a note family uses for its parts and labels. Notes of the same family name their parts
 * differently ({@code 摘要}, {@code 摘要总结}, {@code 模型总结}, {@code 全文}, {@code 原始全文}), so nothing
 * here is required: the body is found by its shape, and these names only help to tell the cover and
 * summary apart.
 *
 * @param coverTitles    part titles that hold the cover list
 * @param summaryTitles  part titles that hold the summary
 * @param keyPointLabels labels that look like speakers but mark key points ({@code **加粗要点**：})
 * @param maxBytes       notes larger than this are refused rather than read into memory
 */
public record ReaderOptions(Set<String> coverTitles, Set<String> summaryTitles, Set<String> keyPointLabels,
                            long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public ReaderOptions {
        coverTitles = Set.copyOf(coverTitles);
        summaryTitles = Set.copyOf(summaryTitles);
        keyPointLabels = Set.copyOf(keyPointLabels);
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(
                Set.of("封面", "Cover", "cover", "元信息"),
                Set.of("摘要", "摘要总结", "模型总结", "总结", "要点", "Summary", "summary", "TL;DR"),
                Set.copyOf(List.of("加粗要点", "要点", "重点", "金句", "小结", "总结", "注", "备注", "提示", "Key point", "Note")),
                DEFAULT_MAX_BYTES);
    }

    public ReaderOptions withKeyPointLabels(Set<String> labels) {
        return new ReaderOptions(coverTitles, summaryTitles, labels, maxBytes);
    }

    public ReaderOptions withMaxBytes(long bytes) {
        return new ReaderOptions(coverTitles, summaryTitles, keyPointLabels, bytes);
    }
}

package io.lien.server.privacy.web;

import io.lien.server.web.Page;

import java.util.List;

/**
 * The export as a page a person reads ({@code export.jte}): every section of what Lien holds about
 * them, as tables of text in their language. The template escapes every cell.
 */
public record ExportView(Page page, String firstName, String generatedAt, String signInEmail, String appInstalls,
                         List<String> consentsNow, List<Section> sections) {

    /** One part of the export: a title, its column headers and its rows (or none: "Nothing."). */
    public record Section(String title, List<String> headers, List<List<String>> rows) {
    }
}

package org.crosscheck.clean.lines;

import java.util.regex.Pattern;

/** Marks comment-section widgets: "No comments:", "Post a Comment", "12 comments", "Leave a reply". */
public final class CommentWidgetLines implements LineFilter {

    private static final Pattern WIDGET = Pattern.compile("(?i)^((no|\\d+|show|view|hide|load( more)?|read)"
            + " )?(comments?|replies|responses)( \\(\\d+\\))?:?$|^(post|leave|add|write|submit) an? (comment|reply|response)\\.?$"
            + "|^comments? (are|is) closed\\.?$|^(join|start) the (discussion|conversation)\\.?$");

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.isOpen(i) && WIDGET.matcher(draft.line(i).strip()).matches()) {
                draft.mark(i, Verdict.boilerplate("comment section widget"));
            }
        }
    }
}

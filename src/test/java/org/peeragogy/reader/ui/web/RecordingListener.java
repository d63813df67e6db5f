package org.peeragogy.reader.ui.web;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/** Keeps what a page told its host: chapters laid out, and every other call (a bridge counter). */
final class RecordingListener implements PageListener {
    final BlockingQueue<String> laidOut = new LinkedBlockingQueue<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final BlockingQueue<String> blocked = new LinkedBlockingQueue<>();
    /** Each scroll the page reported, as the fraction of the chapter above the view's top. */
    final BlockingQueue<Double> scrolled = new LinkedBlockingQueue<>();

    @Override
    public void chapterLinkClicked(String id, String fragment) {
        calls.add("chapter " + id);
    }

    @Override
    public void externalLinkClicked(String url) {
        calls.add("external " + url);
    }

    @Override
    public void scrolled(double fraction) {
        scrolled.add(fraction);
    }

    @Override
    public void laidOut(String id, double fraction) {
        laidOut.add(id);
    }

    @Override
    public void pageBlocked(String message) {
        blocked.add(message);
    }

    @Override
    public void failed(String message) {
        calls.add("failed " + message);
        laidOut.add("failed: " + message);
    }
}

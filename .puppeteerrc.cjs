// Browsers come from Debian packages (chromium, firefox-esr), never from a download.
module.exports = { skipDownload: true, chrome: { skipDownload: true }, firefox: { skipDownload: true } };

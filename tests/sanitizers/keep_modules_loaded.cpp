// Linked into the test programs of the sanitizer build only. SDL and Mesa dlopen() libraries and dlclose()
// them at shutdown; LeakSanitizer then reports their leftovers as "<unknown module>", which no suppression
// can name. Interposing dlclose() keeps every module mapped until exit, so leaks are attributed to the
// library they come from: system libraries are suppressed by name (lsan.supp) and Foyer's own code
// stays fully checked.
extern "C" int dlclose(void* /*handle*/) { return 0; }

"""Tutorial step 5: register the module as a plugin in-process, as its entry point will."""

from newsparse.plugins import collect, plugin_manager

import newsparse_percentages

manager = plugin_manager(load_entry_points=False)  # the built-ins only, for now
manager.register(newsparse_percentages, name="percentages")  # the module is the plugin
registry = collect(manager)
print([extractor.name for extractor in registry.extractors])

"""How update_index rebuilds the per-language indices of a model root (search.engine_index.LanguageIndexes): the backend
picks one rebuilder class from its ATOMIC_REBUILD setting."""

from django.utils.crypto import get_random_string


class AtomicLanguageRebuilder:
    """Builds fresh indices for every language, then repoints all the aliases (and drops the old indices) in one
    atomic request, so searches answer from the old indices until the new ones are complete."""

    def __init__(self, index):
        self.alias = index
        self.index = index.renamed("_" + get_random_string(7).lower())

    def start(self):
        self.index.put()
        return self.index

    def finish(self):
        self.index.refresh()
        es = self.alias.backend.admin_client
        actions = []
        for language, alias in self.alias.parts.items():
            new = self.index.parts[language].name
            if alias.is_alias():
                old = [index.name for index in alias.aliased_indices() if index.name != new]
            else:  # nothing yet, or a concrete index of that name (auto-created while there was no alias)
                old = [alias.name] if es.indices.exists(index=alias.name) else []
            actions.append({"add": {"index": new, "alias": alias.name}})
            actions.extend({"remove_index": {"index": name}} for name in old)
        es.indices.update_aliases(actions=actions)


class BasicLanguageRebuilder:
    """ATOMIC_REBUILD=False: empties and refills the indices in place (searches see a partial index meanwhile)."""

    def __init__(self, index):
        self.index = index

    def start(self):
        self.index.reset()
        return self.index

    def finish(self):
        self.index.refresh()

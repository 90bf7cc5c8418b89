# Two commands on a fresh machine with Python 3.11 and pip: `make run` and `make test`.
# Each recipe is one call of scripts/dev.py, which also works without make.
PYTHON ?= python3

.PHONY: run test bench dist translations lupdate

run:
	$(PYTHON) scripts/dev.py run $(ARGS)

test:
	$(PYTHON) scripts/dev.py test $(ARGS)

bench:
	$(PYTHON) scripts/dev.py bench $(ARGS)

dist:
	$(PYTHON) scripts/dev.py dist $(ARGS)

translations:
	$(PYTHON) scripts/dev.py translations

lupdate:
	$(PYTHON) scripts/dev.py lupdate

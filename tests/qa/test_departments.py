from askdoc.qa.departments import DEFAULT_DEPARTMENTS
from askdoc.qa.models import Department
from tests.base import AskdocTestCase


class DefaultDepartmentsTest(AskdocTestCase):
    def test_it_creates_the_22_default_departments(self):
        self.assertEqual(Department.objects.count(), 22)
        self.assertEqual(
            list(Department.objects.values_list("slug", "name")), [tuple(d) for d in DEFAULT_DEPARTMENTS]
        )

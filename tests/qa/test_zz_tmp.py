from tests.base import AskdocTestCase

class T(AskdocTestCase):
    def test_it_big(self):
        for url in ["/q/99999999999999999999999/", "/q/99999999999999999999999-x/", "/api/questions/99999999999999999999999", "/department/a/?page=99999999999999999999", "/topics/?letter=%00"]:
            r = self.client.get(url)
            print(url, r.status_code)

data = {'users': [{'name': 'ann'}]}
value = data['users'][0]['email']

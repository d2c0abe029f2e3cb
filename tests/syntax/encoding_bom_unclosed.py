print('é',
